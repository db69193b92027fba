package io.convert.spark;

import java.io.Serializable;

/**
 * One task's input: a file holding one article, or a web archive holding many.
 *
 * @param path its Hadoop path
 * @param name its output's name (for an archive, the folder of its pages' outputs), unique in the job
 * @param archive whether it is a web archive
 */
record Unit(String path, String name, boolean archive) implements Serializable {
}
