/*
 * The shared canvas (L.atlasCanvas; the shell makes window.atlasVectors with it): Leaflet's canvas
 * renderer, which draws every shape layer on one canvas (one bitmap, not one per pane: see
 * viewer/page/shell.py), with two changes that keep a day's change from painting the whole map again.
 *
 * - The shapes keep their panes' order. A shape is drawn over every shape of a lower pane (by the panes'
 *   z-index, as SVG draws them in the PDF export) and under every shape of a higher one, however late it
 *   was added; brought to the front or the back, it moves among its own pane's shapes. Leaflet's canvas
 *   draws in the order shapes were added, so an alliance's new member came over the regions and the
 *   disputed lines, and every shape of the panes above had to be brought to the front after it, each one
 *   painted again.
 * - After a change, the boxes of the shapes that changed are painted again each on its own, where
 *   Leaflet paints the one box around them all: two small countries restyled at either end of the world
 *   paint two small boxes, not the whole map; a shape in several parts (an empire's colonies, a
 *   country's islands) paints a box for each part in view, and a shape out of view paints nothing
 *   (Leaflet paints the box around the whole shape: the box of the United States, from the Aleutians
 *   to Maine, covers the map of Asia). Painting by software costs by the area painted. Boxes that
 *   meet are joined; past MAX_BOXES boxes, or when the boxes cover most of the box around them
 *   (JOIN_SHARE), the box around them is painted once.
 */
(function () {
  "use strict";
  var MAX_BOXES = 24;     // each box is one more pass over the shapes (a bounds test each)
  var JOIN_SHARE = 0.6;   // boxes covering this share of the box around them: paint that box, once

  function area(box) { var size = box.getSize(); return Math.max(0, size.x) * Math.max(0, size.y); }

  L.AtlasCanvas = L.Canvas.extend({
    // -- the panes' order ------------------------------------------------------------------------

    _rank: function (layer) {  // the z-index of the layer's pane (the pane's style, else its CSS)
      if (layer._atlasRank === undefined) {
        var pane = this._map && this._map.getPane(layer.options.pane || "overlayPane");
        var z = pane ? pane.style.zIndex || window.getComputedStyle(pane).zIndex : "";
        layer._atlasRank = parseInt(z, 10) || 0;
      }
      return layer._atlasRank;
    },

    _unlink: function (order) {
      if (order.next) { order.next.prev = order.prev; } else { this._drawLast = order.prev; }
      if (order.prev) { order.prev.next = order.next; } else { this._drawFirst = order.next; }
      order.prev = order.next = null;
    },

    _linkAfter: function (order, before) {  // before: the node to follow, or null for the first place
      order.prev = before;
      order.next = before ? before.next : this._drawFirst;
      if (order.next) { order.next.prev = order; } else { this._drawLast = order; }
      if (before) { before.next = order; } else { this._drawFirst = order; }
    },

    _toTop: function (order) {  // after the last shape of its pane or of a lower one
      var rank = this._rank(order.layer), node = this._drawLast;
      while (node && (node === order || this._rank(node.layer) > rank)) { node = node.prev; }
      this._unlink(order);
      this._linkAfter(order, node);
    },

    _toBottom: function (order) {  // before the first shape of its pane or of a higher one
      var rank = this._rank(order.layer), node = this._drawFirst, before = null;
      while (node && (node === order || this._rank(node.layer) < rank)) {
        if (node !== order) { before = node; }
        node = node.next;
      }
      this._unlink(order);
      this._linkAfter(order, before);
    },

    _initPath: function (layer) {
      L.Canvas.prototype._initPath.call(this, layer);
      this._toTop(layer._order);
    },

    _bringToFront: function (layer) {
      if (!layer._order) { return; }
      this._toTop(layer._order);
      this._requestRedraw(layer);
    },

    _bringToBack: function (layer) {
      if (!layer._order) { return; }
      this._toBottom(layer._order);
      this._requestRedraw(layer);
    },

    // -- painting again only the boxes that changed ------------------------------------------------

    _extendRedrawBounds: function (layer) {
      var pad = (layer.options.weight || 0) + 1, parts = layer._parts;
      if (!parts) {  // not drawn yet: its whole box, as Leaflet paints it
        if (layer._pxBounds) { this._addBox(layer._pxBounds.min, layer._pxBounds.max, pad); }
        return;
      }
      if (layer._atlasParts !== parts) {  // what is drawn of it: a box for each part in view (none if none), kept
        layer._atlasParts = parts;        // until Leaflet clips the shape to the view again (new parts)
        layer._atlasBoxes = parts.filter(function (part) { return part.length; }).map(function (part) { return L.bounds(part); });
      }
      for (var i = 0; i < layer._atlasBoxes.length; i++) { this._addBox(layer._atlasBoxes[i].min, layer._atlasBoxes[i].max, pad); }
    },

    _addBox: function (min, max, pad) {
      var box = L.bounds(min.subtract([pad, pad]), max.add([pad, pad]));
      var boxes = this._atlasBoxes = this._atlasBoxes || [];
      for (var i = boxes.length - 1; i >= 0; i--) {
        if (boxes[i].intersects(box)) {  // join, and look again at the boxes the bigger box may now meet
          box.extend(boxes[i].min).extend(boxes[i].max);
          boxes.splice(i, 1);
          i = boxes.length;
        }
      }
      boxes.push(box);
      this._redrawBounds = this._redrawBounds ? this._redrawBounds.extend(box.min).extend(box.max) : L.bounds(box.min, box.max);
    },

    _updatePaths: function () {  // the view moved: Leaflet paints the whole canvas
      this._atlasBoxes = [];
      this._atlasWhole = true;
      try { L.Canvas.prototype._updatePaths.call(this); } finally { this._atlasWhole = false; }
    },

    _redraw: function () {
      var boxes = this._atlasBoxes || [], around = this._redrawBounds;
      this._atlasBoxes = [];
      if (!this._atlasWhole && !boxes.length) {  // what changed is out of view: nothing to paint
        this._redrawRequest = null;
        this._redrawBounds = null;
        return;
      }
      var painted = 0;
      boxes.forEach(function (box) { painted += area(box); });
      if (this._atlasWhole || boxes.length < 2 || boxes.length > MAX_BOXES || painted > JOIN_SHARE * area(around)) {
        L.Canvas.prototype._redraw.call(this);  // the whole canvas, or the one box around the changes
        return;
      }
      this._redrawRequest = null;
      for (var i = 0; i < boxes.length; i++) {
        this._redrawBounds = boxes[i];
        boxes[i].min._floor();
        boxes[i].max._ceil();
        this._clear();
        this._draw();
      }
      this._redrawBounds = null;
    },

    // Leaflet's _draw, but a shape is drawn again wherever its border or its anti-aliased edge reaches (a pixel and
    // half its border past the box Leaflet tests), so no neighbour is cleared in a painted box and not drawn back.
    _draw: function () {
      var layer, bounds = this._redrawBounds, ctx = this._ctx;
      ctx.save();
      if (bounds) {
        var size = bounds.getSize();
        ctx.beginPath();
        ctx.rect(bounds.min.x, bounds.min.y, size.x, size.y);
        ctx.clip();
      }
      this._drawing = true;
      for (var order = this._drawFirst; order; order = order.next) {
        layer = order.layer;
        if (layer._atlasHidden) { continue; }  // an alliance's outline of a member who is not one that day (alliances.js)
        if (!bounds || (layer._pxBounds && reaches(layer, bounds))) { layer._updatePath(); }
      }
      this._drawing = false;
      ctx.restore();
    },
  });

  function reaches(layer, box) {  // the shape's points' box, widened by its stroke, meets the box
    var b = layer._pxBounds, pad = (layer.options.stroke === false ? 0 : (layer.options.weight || 0)) + 1;
    return b.min.x - pad <= box.max.x && b.max.x + pad >= box.min.x && b.min.y - pad <= box.max.y && b.max.y + pad >= box.min.y;
  }

  L.atlasCanvas = function (options) { return new L.AtlasCanvas(options); };
})();
