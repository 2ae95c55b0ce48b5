/* readfile.h — a whole file into a NUL-terminated malloc'd buffer. */
#ifndef TC_READFILE_H
#define TC_READFILE_H
#include <stddef.h>
/* NULL with errno set on failure; *len gets the size without the added NUL. */
char *read_file(const char *path, size_t *len);
#endif
