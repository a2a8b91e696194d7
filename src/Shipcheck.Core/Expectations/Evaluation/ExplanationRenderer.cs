using System.Text;
using Shipcheck.Core.Expectations.Syntax.Nodes;

namespace Shipcheck.Core.Expectations.Evaluation;

/// <summary>
/// Writes the expression back with each observed term followed by its value, as gatus does:
/// <c>status (503) == 200 and latency (812ms) &lt; 500ms</c>. Literals stay bare; a path is annotated once, as a whole.
/// </summary>
internal sealed class ExplanationRenderer
{
    private readonly IReadOnlyDictionary<Node, Operand> _observed;
    private readonly StringBuilder _text = new();

    private ExplanationRenderer(IReadOnlyDictionary<Node, Operand> observed) => _observed = observed;

    /// <summary>The explanation of <paramref name="root"/> given what each term was observed to be.</summary>
    public static string Render(Node root, IReadOnlyDictionary<Node, Operand> observed)
    {
        var renderer = new ExplanationRenderer(observed);
        renderer.Write(root, annotate: true);
        return renderer._text.ToString();
    }

    private void Write(Node node, bool annotate)
    {
        switch (node)
        {
            case LiteralNode literal:
                _text.Append(literal.Text);
                return;
            case InterpolatedStringNode text:
                _text.Append(text.Text);
                break;
            case IdentifierNode identifier:
                _text.Append(identifier.Name);
                break;
            case VariableNode variable:
                _text.Append(variable.Reference.Display);
                break;
            case GroupNode group:
                _text.Append('(');
                Write(group.Inner, annotate);
                _text.Append(')');
                return;
            case ListNode list:
                WriteList('[', list.Items, ']', annotate);
                return;
            case MemberNode member:
                Write(member.Target, annotate: false);
                _text.Append('.').Append(member.Name);
                break;
            case IndexNode index:
                Write(index.Target, annotate: false);
                _text.Append('[');
                Write(index.Index, annotate: false);
                _text.Append(']');
                break;
            case CallNode call:
                _text.Append(call.Name);
                WriteList('(', call.Arguments, ')', annotate: false);
                break;
            case UnaryNode unary:
                _text.Append(unary.OperatorText);
                if (unary.OperatorText == "not")
                {
                    _text.Append(' ');
                }
                Write(unary.Operand, annotate);
                return;
            case BinaryNode binary:
                Write(binary.Left, annotate);
                _text.Append(' ').Append(binary.OperatorText).Append(' ');
                Write(binary.Right, annotate);
                return;
        }
        if (annotate && _observed.TryGetValue(node, out var operand))
        {
            _text.Append(" (").Append(operand.Note ?? (operand.Missing ? "missing" : operand.Value.Display())).Append(')');
        }
    }

    private void WriteList(char open, IReadOnlyList<Node> items, char close, bool annotate)
    {
        _text.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }
            Write(items[i], annotate);
        }
        _text.Append(close);
    }
}
