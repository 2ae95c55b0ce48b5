/* testutil.h — what every cmocka unit test includes. */
#ifndef TC_TESTUTIL_H
#define TC_TESTUTIL_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#endif
