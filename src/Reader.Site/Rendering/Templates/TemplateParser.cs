namespace Reader.Site.Rendering.Templates;

/// <summary>
/// Parses the Handlebars that themes use: <c>{{value}}</c>, <c>{{{raw}}}</c>, <c>{{#if}}</c>, <c>{{#unless}}</c>,
/// <c>{{#each}}</c>, <c>{{#with}}</c> with <c>{{else}}</c>, <c>{{> partial}}</c>, comments and <c>~</c>. A tag alone
/// on its line takes the line with it, as Handlebars' "standalone" rule says (see <see cref="WhitespaceControl"/>).
/// Anything else is refused with its line and column, rather than printed wrong.
/// </summary>
public static class TemplateParser
{
    private static readonly string[] BlockHelpers = ["if", "unless", "each", "with"];

    /// <exception cref="TemplateException">The template is not well formed or uses something not supported.</exception>
    /// <param name="file">The template's file, for errors found while rendering.</param>
    public static Template Parse(string text, string file = "template")
    {
        var root = new List<TemplateNode>();
        var open = new Stack<(BlockNode Block, List<TemplateNode> Into)>();
        var into = root;
        var position = new Position(text);
        for (var at = 0; at < text.Length;)
        {
            var tag = text.IndexOf("{{", at, StringComparison.Ordinal);
            var end = tag < 0 ? text.Length : tag;
            if (end > at)
            {
                var (line, column) = position.At(at);
                into.Add(new TextNode(text[at..end], line, column));
            }

            if (tag < 0)
            {
                break;
            }

            at = ReadTag(text, tag, position, out var node, out var strip);
            switch (node)
            {
                case BlockNode block:
                    block.Strip = strip;
                    into.Add(block);
                    open.Push((block, into));
                    into = block.Body;
                    break;
                case ElseTag:
                    if (!open.TryPeek(out var current) || current.Block.Inverse is not null)
                    {
                        throw Error(position, tag, "{{else}} outside {{#if}}, {{#unless}}, {{#each}} or {{#with}}", "remove it, or open the block it belongs to");
                    }

                    current.Block.ElseStrip = strip;
                    into = current.Block.Inverse = [];
                    break;
                case CloseTag close:
                    if (!open.TryPop(out var closed))
                    {
                        throw Error(position, tag, $"{{{{/{close.Helper}}}}} closes nothing", "remove it, or open the block it should close");
                    }

                    if (closed.Block.Helper != close.Helper)
                    {
                        throw Error(position, tag, $"{{{{/{close.Helper}}}}} closes {{{{#{closed.Block.Helper}}}}} from line {closed.Block.Line}", $"close it with {{{{/{closed.Block.Helper}}}}}");
                    }

                    closed.Block.CloseStrip = strip;
                    into = closed.Into;
                    break;
                default:
                    node.Strip = strip;
                    into.Add(node);
                    break;
            }
        }

        if (open.TryPeek(out var unclosed))
        {
            throw new TemplateException(unclosed.Block.Line, unclosed.Block.Column, $"{{{{#{unclosed.Block.Helper}}}}} is never closed", $"add {{{{/{unclosed.Block.Helper}}}}} where the block ends");
        }

        WhitespaceControl.Apply(root);
        return new Template(root, file);
    }

    /// <summary>Reads the tag at <paramref name="start"/> (at its "{{"); returns where the text after it starts.</summary>
    private static int ReadTag(string text, int start, Position position, out TemplateNode node, out (bool Before, bool After) strip)
    {
        var (line, column) = position.At(start);
        var triple = string.CompareOrdinal(text, start, "{{{", 0, 3) == 0;
        var comment = string.CompareOrdinal(text, start, "{{!--", 0, 5) == 0 || string.CompareOrdinal(text, start, "{{~!--", 0, 6) == 0;
        var (close, closer) = comment ? CommentEnd(text, start) : (text.IndexOf(triple ? "}}}" : "}}", start + 2, StringComparison.Ordinal), triple ? "}}}" : "}}");
        if (close < 0)
        {
            throw new TemplateException(line, column, $"this tag is never closed with {closer}", $"add {closer}");
        }

        var inner = text[(start + (triple ? 3 : 2))..close];
        var after = close + closer.Length;
        var before = inner.StartsWith('~');
        if (before)
        {
            inner = inner[1..];
        }

        var afterStrip = closer.StartsWith('~') || inner.EndsWith('~');
        if (inner.EndsWith('~'))
        {
            inner = inner[..^1];
        }

        strip = (before, afterStrip);
        node = Classify(inner.Trim(), triple, line, column);
        return after;
    }

    /// <summary>Where a <c>{{!-- … --}}</c> comment ends: at its first "--}}" or "--~}}", the "--" counted as its own.</summary>
    private static (int Close, string Closer) CommentEnd(string text, int start)
    {
        var plain = text.IndexOf("--}}", start + 4, StringComparison.Ordinal);
        var stripping = text.IndexOf("--~}}", start + 4, StringComparison.Ordinal);
        return stripping >= 0 && (plain < 0 || stripping < plain) ? (stripping + 2, "~}}") : (plain < 0 ? -1 : plain + 2, "}}");
    }

    private static TemplateNode Classify(string inner, bool triple, int line, int column)
    {
        if (triple)
        {
            return new ValueNode(ValuePath(inner, line, column), Raw: true, line, column);
        }

        if (inner.StartsWith('!'))
        {
            return new CommentNode(line, column);
        }

        if (inner.Length == 0)
        {
            throw new TemplateException(line, column, "the tag is empty", "write the value's path between the braces, or remove the tag");
        }

        if (inner is "else" or "^")
        {
            return new ElseTag(line, column);
        }

        var words = inner.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        switch (inner[..Math.Min(1, inner.Length)])
        {
            case "#":
                var helper = words[0][1..];
                if (!BlockHelpers.Contains(helper))
                {
                    throw new TemplateException(line, column, $"{{{{#{helper}}}}} is not supported", "blocks can be #if, #unless, #each and #with; prepare anything else in the view model");
                }

                if (words.Length != 2)
                {
                    throw new TemplateException(line, column, $"{{{{#{helper}}}}} takes one value, found {words.Length - 1}", $"write {{{{#{helper} Path.To.Value}}}}");
                }

                return new BlockNode(helper, ValuePath(words[1], line, column), line, column);
            case "/":
                return new CloseTag(inner[1..].Trim(), line, column);
            case ">":
                var partial = inner[1..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (partial.Length is 0 or > 2)
                {
                    throw new TemplateException(line, column, "a partial call names one partial and at most one value", "write {{> name}} or {{> name Path.To.Value}}");
                }

                return new PartialNode(partial[0], partial.Length == 2 ? ValuePath(partial[1], line, column) : null, line, column);
            default:
                if (words.Length != 1)
                {
                    throw new TemplateException(line, column, $"'{inner}' calls a helper, and templates have none", "print one value per tag, prepared in the view model");
                }

                return new ValueNode(ValuePath(inner, line, column), Raw: false, line, column);
        }
    }

    private static TemplatePath ValuePath(string text, int line, int column) =>
        TemplatePath.Parse(text) ?? throw new TemplateException(line, column, $"'{text}' is not a value's path", "use a property path such as Page.Title, this, ../Name or @root.Site.Title");

    private static TemplateException Error(Position position, int at, string message, string hint)
    {
        var (line, column) = position.At(at);
        return new TemplateException(line, column, message, hint);
    }

    /// <summary>Tags only the parser sees: they shape blocks and leave no node of their own.</summary>
    private sealed record ElseTag(int Line, int Column) : TemplateNode(Line, Column);

    private sealed record CloseTag(string Helper, int Line, int Column) : TemplateNode(Line, Column);

    /// <summary>Line and column of an offset, counted forwards: the parser only ever asks for later offsets.</summary>
    private sealed class Position(string text)
    {
        private int _offset;
        private int _line = 1;
        private int _lineStart;

        public (int Line, int Column) At(int offset)
        {
            for (; _offset < offset; _offset++)
            {
                if (text[_offset] == '\n')
                {
                    _line++;
                    _lineStart = _offset + 1;
                }
            }

            return (_line, offset - _lineStart + 1);
        }
    }
}
