# Thirty-first evaluation set (tests/eval31/): 12 invented releases in
# seven languages about the media contact block - contact tables, several
# people in one block, labelled Tel./Mob./Fax/Handy/Móvil/Telemóvel/
# Cellulare lines, WhatsApp and Signal lines, e-mails split at a PDF line
# end, marked by a note, glued to their label or written to fool
# harvesters, each country's written phone forms, contact boxes in a
# sidebar and in a text box - each as TXT, DOCX and LibreOffice's PDF
# export of the DOCX. 'make check-eval31' scores the checked-in files with
# ../shared/eval/score.py (a measurement, not a gate; skipped without
# ../shared); 'make eval31-render' writes them again (the PDF with soffice).
CHECKS += check-eval31
.PHONY: check-eval31 eval31-render

check-eval31: all
	$(call score_eval_set,eval31,tests/eval31/docs)

eval31-render:
	@if command -v soffice >/dev/null 2>&1; then \
		/usr/bin/python3 tests/eval31/make.py; \
	else \
		/usr/bin/python3 tests/eval31/make.py --no-pdf; \
	fi
