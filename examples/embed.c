/*
 * embed.c - the smallest complete program embedding libpressmill: one
 * context, each file given converted to a record (a jansson object, read
 * here for its status and headline), then text held in memory converted
 * straight to a JSON string. With -i the conversions run isolated in a
 * worker process, as `pressmill convert` does, for untrusted files.
 *
 *   cc embed.c $(pkg-config --cflags --libs pressmill) -o embed
 *   ./embed [-i] release.pdf notes.docx ...
 */
#include <pressmill/pressmill.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The library never prints: its diagnostics come here. */
static void on_log(void *user, int level, const char *message)
{
	if (level <= PM_LOG_WARNING)
		fprintf(stderr, "%s: %s\n", (const char *)user, message);
}

int main(int argc, char **argv)
{
	static const char memo[] = "ACME opens a plant in Lyon\n\n"
	                           "LYON, 4 March 2024 - ACME announced today a new plant.\n";
	pm_options opt;
	pm_context *ctx;
	char *json;
	int i = 1, failed = 0;

	pm_options_init(&opt);      /* defaults: plugins from $PRESSMILL_PLUGIN_PATH, then installed */
	opt.log = on_log;
	opt.log_user = argv[0];     /* borrowed: must outlive the context */
	if (argc > 1 && !strcmp(argv[1], "-i")) {
		opt.isolate = 1;    /* crash, hang, memory: a failed record, not our death */
		opt.limits.timeout = 10;
		i++;
	}
	ctx = pm_context_new(&opt);
	if (!ctx)
		return 2;

	for (; i < argc; i++) {
		json_t *rec = pm_convert_file(ctx, argv[i], NULL); /* new reference, never NULL but OOM */
		const char *headline;
		if (!rec)
			return 2;
		headline = json_string_value(json_object_get(rec, "headline"));
		printf("%s\t%s\t%s\n", argv[i], json_string_value(json_object_get(rec, "status")),
		       headline ? headline : "-");
		if (pm_record_status(rec) == 2)
			failed = 1;
		json_decref(rec);
	}

	json = pm_convert_buffer_to_string(ctx, memo, sizeof memo - 1, "memo.txt", 0);
	if (!json)
		return 2;
	puts(json);                 /* one line of compact JSON */
	free(json);

	pm_context_free(ctx);
	return failed;
}
