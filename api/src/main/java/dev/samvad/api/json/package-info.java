/** Jackson configuration shared by every module that reads or writes Samvad's JSON. */
@NullMarked
package dev.samvad.api.json;

import org.jspecify.annotations.NullMarked;
