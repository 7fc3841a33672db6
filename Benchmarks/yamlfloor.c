/* The floor: libyaml's event parser alone over every file named in a list file, doing
 * nothing with the events. sppctl cannot be faster than this on the same inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static long parse_file(const char *path) {
    FILE *file = fopen(path, "rb");
    if (!file) return -1;
    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, file);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) break;
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    fclose(file);
    return events;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: yamlfloor FILE-LIST\n");
        return 2;
    }
    FILE *list = fopen(argv[1], "r");
    if (!list) return 2;
    char line[4096];
    long total = 0;
    while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\n")] = 0;
        if (*line) total += parse_file(line);
    }
    fclose(list);
    printf("%ld events\n", total);
    return 0;
}
