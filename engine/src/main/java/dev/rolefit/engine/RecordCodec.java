package dev.rolefit.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A compact binary form for trees of rolefit's own records and enums, with strings, numbers,
 * booleans, lists, sets and maps: what a prepared profile is made of. Each class is described once
 * per stream, by name and shape (its components' names and types, or an enum's constants); a reader
 * whose class has another shape refuses the stream, so a profile saved by an older build is never
 * read into a newer record. Only records and enums of {@code dev.rolefit} packages are read, so a
 * file cannot make the reader build an arbitrary class.
 *
 * <p>A string is written once per stream and referred to by number after that: skill names,
 * sources and cities repeat in every profile, and reading them back shares one instance.
 * Lists, sets and maps come back unmodifiable, in the order they were written.
 */
final class RecordCodec {
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int DOUBLE = 4;
    private static final int TRUE = 5;
    private static final int FALSE = 6;
    private static final int ENUM = 7;
    private static final int RECORD = 8;
    private static final int LIST = 9;
    private static final int SET = 10;
    private static final int MAP = 11;
    private static final int STRING_AGAIN = 12;
    private static final String OWN_PACKAGES = "dev.rolefit.";

    private RecordCodec() {
    }

    /** Thrown when a stream was written with classes of another shape: the data is sound but stale. */
    static final class ShapeChanged extends IOException {
        ShapeChanged(String message) {
            super(message);
        }
    }

    /** A class as one build sees it: how to take its records apart and put them together. */
    private record Shape(Class<?> type, String signature, Method[] accessors, Constructor<?> constructor,
                         Object[] constants) {
        static Shape of(Class<?> type) {
            if (type.isEnum()) {
                Object[] constants = type.getEnumConstants();
                StringJoiner s = new StringJoiner(",", "enum(", ")");
                for (Object c : constants) {
                    s.add(((Enum<?>) c).name());
                }
                return new Shape(type, s.toString(), null, null, constants);
            }
            if (!type.isRecord()) {
                throw new IllegalArgumentException("cannot encode a " + type.getName() + ": only records, enums, "
                        + "strings, numbers, booleans, lists, sets and maps");
            }
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            StringJoiner s = new StringJoiner(",", "record(", ")");
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
                s.add(components[i].getName() + ":" + components[i].getGenericType().getTypeName());
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(type, s.toString(), accessors, constructor, null);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }
    }

    /** Writes values; one per stream, since classes are described on first use. */
    static final class Writer {
        private final DataOutputStream out;
        private final Map<Class<?>, Integer> ids = new HashMap<>();
        private final Map<Class<?>, Shape> shapes = new HashMap<>();
        private final Map<String, Integer> strings = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(Object value) throws IOException {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                Integer seen = strings.get(s);
                if (seen != null) {
                    out.writeByte(STRING_AGAIN);
                    writeVarInt(out, seen);
                } else {
                    out.writeByte(STRING);
                    writeString(s);
                    strings.put(s, strings.size());
                }
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(d));
            } else if (value instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (value instanceof Enum<?> e) {
                out.writeByte(ENUM);
                writeClass(e.getDeclaringClass());
                out.writeShort(e.ordinal());
            } else if (value instanceof Record r) {
                out.writeByte(RECORD);
                Shape shape = writeClass(r.getClass());
                for (Method accessor : shape.accessors()) {
                    try {
                        write(accessor.invoke(r));
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("cannot read " + accessor + ": " + e, e);
                    }
                }
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                writeAll(list);
            } else if (value instanceof Set<?> set) {
                out.writeByte(SET);
                writeAll(set);
            } else if (value instanceof Map<?, ?> map) {
                out.writeByte(MAP);
                writeVarInt(out, map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey());
                    write(e.getValue());
                }
            } else {
                throw new IllegalArgumentException("cannot encode a " + value.getClass().getName() + ": only records, "
                        + "enums, strings, numbers, booleans, lists, sets and maps");
            }
        }

        private void writeAll(Collection<?> values) throws IOException {
            writeVarInt(out, values.size());
            for (Object v : values) {
                write(v);
            }
        }

        private Shape writeClass(Class<?> type) throws IOException {
            Integer id = ids.get(type);
            if (id != null) {
                out.writeShort(id);
                return shapes.get(type);
            }
            if (!type.getName().startsWith(OWN_PACKAGES)) {
                throw new IllegalArgumentException("cannot encode a " + type.getName() + ": only rolefit's own records and enums");
            }
            Shape shape = Shape.of(type);
            out.writeShort(NEW_CLASS_ID);
            writeString(type.getName());
            writeString(shape.signature());
            ids.put(type, ids.size());
            shapes.put(type, shape);
            return shape;
        }

        private void writeString(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            writeVarInt(out, bytes.length);
            out.write(bytes);
        }
    }

    /** Seven bits a byte, low first: most sizes and string numbers take one or two bytes. */
    private static void writeVarInt(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarInt(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a number runs over 5 bytes");
    }

    /** The class id that announces a class seen for the first time. */
    private static final int NEW_CLASS_ID = 0xFFFF;

    /** Reads what a {@link Writer} wrote, in the same order. */
    static final class Reader {
        private final DataInputStream in;
        private final List<Shape> shapes = new ArrayList<>();
        private final List<String> strings = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        Object read() throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING: {
                    String s = readString();
                    strings.add(s);
                    return s;
                }
                case STRING_AGAIN: {
                    int n = readVarInt(in);
                    if (n >= strings.size()) {
                        throw new IOException("string " + n + " was never written");
                    }
                    return strings.get(n);
                }
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case DOUBLE:
                    return Double.longBitsToDouble(in.readLong());
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case ENUM: {
                    Shape shape = readClass();
                    int ordinal = in.readUnsignedShort();
                    if (shape.constants() == null || ordinal >= shape.constants().length) {
                        throw new IOException("enum constant " + ordinal + " of " + shape.type().getName() + " does not exist");
                    }
                    return shape.constants()[ordinal];
                }
                case RECORD: {
                    Shape shape = readClass();
                    if (shape.constructor() == null) {
                        throw new IOException(shape.type().getName() + " is not a record");
                    }
                    Object[] args = new Object[shape.accessors().length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = read();
                    }
                    try {
                        return shape.constructor().newInstance(args);
                    } catch (InstantiationException | IllegalAccessException | IllegalArgumentException e) {
                        throw new IOException("cannot make a " + shape.type().getName() + ": " + e, e);
                    } catch (InvocationTargetException e) {
                        throw new IOException("cannot make a " + shape.type().getName() + ": " + e.getCause(), e.getCause());
                    }
                }
                case LIST:
                case SET: {
                    int n = size();
                    Collection<Object> values = tag == LIST ? new ArrayList<>(n) : new LinkedHashSet<>(Math.max(4, n * 2));
                    for (int i = 0; i < n; i++) {
                        values.add(read());
                    }
                    return tag == LIST ? Collections.unmodifiableList((List<Object>) values)
                            : Collections.unmodifiableSet((Set<Object>) values);
                }
                case MAP: {
                    int n = size();
                    Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, n * 2));
                    for (int i = 0; i < n; i++) {
                        Object key = read();
                        map.put(key, read());
                    }
                    return Collections.unmodifiableMap(map);
                }
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        private int size() throws IOException {
            int n = readVarInt(in);
            if (n < 0) {
                throw new IOException("negative size " + n);
            }
            return n;
        }

        private Shape readClass() throws IOException {
            int id = in.readUnsignedShort();
            if (id != NEW_CLASS_ID) {
                if (id >= shapes.size()) {
                    throw new IOException("class " + id + " was never described");
                }
                return shapes.get(id);
            }
            String name = readString();
            String signature = readString();
            if (!name.startsWith(OWN_PACKAGES)) {
                throw new IOException("class " + name + " is not one of rolefit's own");
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, RecordCodec.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ShapeChanged("class " + name + " no longer exists");
            }
            if (!type.isRecord() && !type.isEnum()) {
                throw new IOException("class " + name + " is neither a record nor an enum");
            }
            Shape shape = Shape.of(type);
            if (!shape.signature().equals(signature)) {
                throw new ShapeChanged(name + " changed shape: written as " + signature + ", now " + shape.signature());
            }
            shapes.add(shape);
            return shape;
        }

        private String readString() throws IOException {
            int n = size();
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
