"""The bundled data's rough dates as the ``edtf`` package reads them: text -> ((strict first, strict last),
(fuzzy first, fuzzy last)). Made by ``python tools/build_edtf_memo.py``; do not edit."""

MEMO = {
    '1979-02-12~': (('1979-02-12', '1979-02-12'), ('1978-01-11', '1980-03-13')),
    '1981-06~': (('1981-06-01', '1981-06-30'), ('1980-05-01', '1982-07-30')),
    '1989': (('1989-01-01', '1989-12-31'), ('1989-01-01', '1989-12-31')),
}
