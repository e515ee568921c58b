package nl.wielwijzer.internal.knowledge;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads the records of a precompiled set (catalogue instruments, vocabulary terms, their citations)
 * component by component, through their canonical constructors, so every check a record's constructor makes
 * runs again on reading. Only values of the kinds those records hold: strings, integers, booleans, enums,
 * lists, sets, maps and records of the same. Never used on anything but the build's own file.
 */
final class Records {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte BOOLEAN = 3;
    private static final byte ENUM = 4;
    private static final byte LIST = 5;
    private static final byte SET = 6;
    private static final byte MAP = 7;
    private static final byte RECORD = 8;
    private static final byte DOUBLE = 9;

    private Records() {
    }

    static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            out.writeByte(ENUM);
            out.writeUTF(e.getDeclaringClass().getName());
            out.writeUTF(e.name());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            writeAll(out, list);
        } else if (value instanceof Set<?> set) {
            out.writeByte(SET);
            writeAll(out, set);
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (value instanceof Record record) {
            out.writeByte(RECORD);
            out.writeUTF(record.getClass().getName());
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                try {
                    write(out, c.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IOException("cannot read " + c, e);
                }
            }
        } else {
            throw new IOException("cannot write a " + value.getClass().getName());
        }
    }

    private static void writeAll(DataOutputStream out, Collection<?> values) throws IOException {
        out.writeInt(values.size());
        for (Object v : values) {
            write(out, v);
        }
    }

    /** writeUTF is limited to 65,535 bytes; a description may be longer. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING: {
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
            case INT:
                return in.readInt();
            case DOUBLE:
                return in.readDouble();
            case BOOLEAN:
                return in.readBoolean();
            case ENUM:
                return Enum.valueOf((Class) type(in.readUTF()), in.readUTF());
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case SET: {
                int n = in.readInt();
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    set.add(read(in));
                }
                return set;
            }
            case MAP: {
                int n = in.readInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(read(in), read(in));
                }
                return map;
            }
            case RECORD: {
                Class<?> type = type(in.readUTF());
                RecordComponent[] components = type.getRecordComponents();
                if (components == null) {
                    throw new IOException(type + " is not a record");
                }
                Class<?>[] types = new Class<?>[components.length];
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    values[i] = read(in);
                }
                try {
                    Constructor<?> canonical = type.getDeclaredConstructor(types);
                    canonical.setAccessible(true);
                    return canonical.newInstance(values);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IOException("cannot make a " + type.getName(), e);
                }
            }
            default:
                throw new IOException("unknown value tag " + tag);
        }
    }

    private static Class<?> type(String name) throws IOException {
        if (!name.startsWith("nl.wielwijzer.")) {
            throw new IOException("not a Wielwijzer type: " + name); // only the fact model and knowledge records
        }
        try {
            return Class.forName(name, false, Records.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
