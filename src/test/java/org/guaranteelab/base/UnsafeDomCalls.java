package org.guaranteelab.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Finds calls whose first argument reaches the browser as code or markup and is not a compile-time
 * constant, in compiled classes. ArchUnit sees which methods are called but not with what, so this
 * reads the bytecode: a constant expression (a literal, a text block, {@code "a" + "b"}, a
 * {@code static final String}) is compiled to a single {@code ldc} of the whole string, whereas
 * anything built at run time ({@code "alert('" + text + "')"}, a variable, a method's result) is not.
 * User text must travel as a parameter ({@code executeJs("…$0…", text)}), which Vaadin passes as data.
 */
final class UnsafeDomCalls {

    /** Methods whose first argument the browser runs as JavaScript or uses as a property or attribute name. */
    private static final Set<String> CONSTANT_FIRST_ARGUMENT = Set.of(
            "com/vaadin/flow/dom/Element.executeJs",
            "com/vaadin/flow/dom/Element.callJsFunction",
            "com/vaadin/flow/component/page/Page.executeJs",
            "com/vaadin/flow/dom/DomListenerRegistration.addEventData",
            "com/vaadin/flow/dom/Element.setProperty",
            "com/vaadin/flow/dom/Element.setAttribute");
    /** Property and attribute names that turn a value into markup or script, whatever the value. */
    private static final Set<String> MARKUP_NAMES = Set.of("innerhtml", "outerhtml", "srcdoc");

    private UnsafeDomCalls() {
    }

    /** One line per offending call: class, method, line and why. */
    static List<String> in(List<? extends Class<?>> classes) {
        var found = new ArrayList<String>();
        for (var type : classes) {
            found.addAll(in(read(type)));
        }
        return found;
    }

    private static List<String> in(ClassNode type) {
        var found = new ArrayList<String>();
        for (var method : type.methods) {
            Frame<SourceValue>[] frames = analyse(type, method);
            var line = 0;
            for (int i = 0; i < method.instructions.size(); i++) {
                var instruction = method.instructions.get(i);
                if (instruction instanceof org.objectweb.asm.tree.LineNumberNode number) {
                    line = number.line;
                }
                if (!(instruction instanceof MethodInsnNode call) || frames[i] == null
                        || !CONSTANT_FIRST_ARGUMENT.contains(call.owner + "." + call.name)) {
                    continue;
                }
                var arguments = Type.getArgumentTypes(call.desc);
                if (arguments.length == 0 || !arguments[0].getDescriptor().equals("Ljava/lang/String;")) {
                    continue;
                }
                var frame = frames[i];
                var first = frame.getStack(frame.getStackSize() - arguments.length);
                var where = type.name.replace('/', '.') + "." + method.name + " (line " + line + "): "
                        + call.name;
                var constant = constant(first);
                if (constant == null) {
                    found.add(where + " with a first argument built at run time");
                } else if (call.name.startsWith("set") && isMarkupName(constant)) {
                    found.add(where + "(\"" + constant + "\") turns its value into markup or script");
                }
            }
        }
        return found;
    }

    private static boolean isMarkupName(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return MARKUP_NAMES.contains(lower) || lower.startsWith("on");
    }

    /** The string if every path pushes the same {@code ldc} string constant, else null. */
    private static String constant(SourceValue value) {
        String constant = null;
        for (AbstractInsnNode source : value.insns) {
            if (!(source instanceof LdcInsnNode ldc) || !(ldc.cst instanceof String text)
                    || (constant != null && !constant.equals(text))) {
                return null;
            }
            constant = text;
        }
        return constant;
    }

    private static Frame<SourceValue>[] analyse(ClassNode type, MethodNode method) {
        try {
            return new Analyzer<>(new SourceInterpreter()).analyze(type.name, method);
        } catch (AnalyzerException e) {
            throw new IllegalStateException("Cannot analyse " + type.name + "." + method.name, e);
        }
    }

    private static ClassNode read(Class<?> type) {
        var resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No class file for " + type.getName());
            }
            var node = new ClassNode();
            new ClassReader(in).accept(node, 0);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
