/*
 * quotes.c - quotations in the body whose speaker the text names: the
 * quoted span between typographic or straight quotation marks and the name
 * next to a speech verb ("said", "a déclaré", "dijo", "sagte", "disse",
 * "قال" ...), before or after the quote.
 */
#include "rules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- quotes ------------------------------------------------------------ */

static const char *const speech_verbs[] = {
	"said", "says", "added", "explained", "noted", "stated", "commented", "continued",
	"according to", "remarked", "emphasized", "emphasised", "concluded", "announced",
	"a déclaré", "a dit", "déclare", "a affirmé", "affirme", "a souligné", "souligne",
	"a expliqué", "explique", "a ajouté", "ajoute", "a précisé", "précise", "estime",
	"a indiqué", "indique", "selon", "dijo", "declaró", "afirmó", "explicó", "señaló",
	"añadió", "aseguró", "indicó", "sagte", "erklärte", "betonte", "so", "fügte hinzu",
	"disse", "afirmou", "declarou", "explicou", "acrescentou", "destacou", "قال", "أكد",
	"صرح", "أضاف", NULL};

/* A speaker's name at s: capitalised words (and particles), up to a comma,
 * period or the end; NULL if none. */
static char *speaker_at(const char *s)
{
	const char *p = s, *st, *end;
	size_t words = 0;
	while (*p == ' ' || *p == ',')
		p++;
	st = p;
	end = p;
	while (*p && words < 6) {
		const char *w = p;
		int32_t c = nz_first_cp(p);
		size_t wl;
		while (*p && *p != ' ' && *p != ',' && *p != '.' && *p != ';' && *p != ':')
			p++;
		wl = (size_t)(p - w);
		if (!wl)
			break;
		if (pm_cp_is_upper(c) || (c >= 0x600 && c <= 0x6FF)) {
			end = p;
			words++;
		} else if (wl <= 4 && words > 0 && (!strncmp(w, "de", wl) || !strncmp(w, "bin", wl) ||
		                                   !strncmp(w, "van", wl) || !strncmp(w, "von", wl) ||
		                                   !strncmp(w, "da", wl) || !strncmp(w, "al", wl) ||
		                                   !strncmp(w, "du", wl) || !strncmp(w, "le", wl) ||
		                                   !strncmp(w, "la", wl) || !strncmp(w, "del", wl))) {
			/* a particle inside a name */
		} else {
			break;
		}
		/* "Dr." and initials keep going */
		if (*p == '.' && (p - w <= 3)) {
			p++;
			end = p;
		}
		if (*p != ' ')
			break;
		p++;
	}
	if (!words)
		return NULL;
	return nz_trim(st, (size_t)(end - st), ",");
}

/* The quotation marks we pair: open, close. */
static const char *const qmarks[][2] = {
	{"\xE2\x80\x9C", "\xE2\x80\x9D"}, /* “ ” */
	{"\xC2\xAB", "\xC2\xBB"},         /* « » */
	{"\xE2\x80\x9E", "\xE2\x80\x9C"}, /* „ “ */
	{"\"", "\""},
};

static void quotes_in(nz *z, json_t *arr, const char *t)
{
	size_t q;
	char *speaker = NULL;
	json_t *found = json_array();
	size_t i;
	if (!found)
		return;
	for (q = 0; q < sizeof qmarks / sizeof qmarks[0]; q++) {
		const char *p = t;
		while ((p = strstr(p, qmarks[q][0]))) {
			const char *s = p + strlen(qmarks[q][0]);
			const char *e = strstr(s, qmarks[q][1]);
			char *inner;
			if (!e)
				break;
			inner = nz_trim(s, (size_t)(e - s), ",");
			if (inner && nz_words(inner) >= 4) {
				const char *after = e + strlen(qmarks[q][1]);
				size_t k;
				if (!speaker) {
					/* “…,” said Jane Doe / “…», a déclaré X / “…” Jane Doe said */
					const char *a = after;
					while (*a == ' ' || *a == ',')
						a++;
					for (k = 0; speech_verbs[k] && !speaker; k++) {
						size_t l = strlen(speech_verbs[k]);
						if (!strncmp(a, speech_verbs[k], l) && a[l] == ' ')
							speaker = speaker_at(a + l);
					}
					if (!speaker) {
						char *nm = speaker_at(a);
						if (nm) {
							const char *v = a + strlen(nm);
							while (*v == ' ')
								v++;
							for (k = 0; speech_verbs[k]; k++)
								if (!strncmp(v, speech_verbs[k], strlen(speech_verbs[k])))
									break;
							if (speech_verbs[k])
								speaker = nm;
							else
								free(nm);
						}
					}
				}
				json_array_append_new(found, json_string(inner));
			}
			free(inner);
			p = e + strlen(qmarks[q][1]);
		}
		if (json_array_size(found))
			break;
	}
	if (!speaker && json_array_size(found)) {
		/* "X said: “…”" - a speech verb before the first quote */
		size_t k;
		for (k = 0; speech_verbs[k] && !speaker; k++) {
			const char *v = strstr(t, speech_verbs[k]);
			if (v && v > t && v[-1] == ' ') {
				const char *st = v - 1;
				while (st > t && st[-1] != '.' && st[-1] != ',')
					st--;
				{
					char *nm = speaker_at(st);
					if (nm && nz_words(nm) >= 2)
						speaker = nm;
					else
						free(nm);
				}
			}
		}
	}
	for (i = 0; speaker && i < json_array_size(found); i++) {
		json_t *o = json_object();
		json_object_set(o, "text", json_array_get(found, i));
		json_object_set_new(o, "speaker", json_string(speaker));
		json_array_append_new(arr, o);
	}
	(void)z;
	free(speaker);
	json_decref(found);
}

void rule_quotes(nz *z)
{
	json_t *arr = json_object_get(z->rec, "quotes");
	size_t i;
	for (i = 0; i < z->n; i++)
		if (z->b[i]->part == PM_PART_BODY && z->b[i]->text)
			quotes_in(z, arr, z->b[i]->text);
}

