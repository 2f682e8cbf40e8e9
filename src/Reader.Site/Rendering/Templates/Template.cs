using System.Collections;
using System.Globalization;
using System.Text;

namespace Reader.Site.Rendering.Templates;

/// <summary>
/// A parsed template: renders a view model to text, reading its properties by name. Every value is HTML-encoded
/// unless written with three braces. A template is immutable, so one instance serves every thread.
/// </summary>
public sealed class Template
{
    /// <summary>Deeper than any theme nests its partials; a partial that includes itself stops here with an error.</summary>
    private const int MaxPartialDepth = 32;

    private static readonly ThreadLocal<StringWriter> Buffer = new(() => new StringWriter(new StringBuilder(64 * 1024), CultureInfo.InvariantCulture));

    private readonly List<TemplateNode> _nodes;

    internal Template(List<TemplateNode> nodes, string file) => (_nodes, File) = (nodes, file);

    /// <summary>The file the template was read from.</summary>
    public string File { get; }

    /// <summary>The names of the partials the template calls, with where, to check them before any page is rendered.</summary>
    public IEnumerable<PartialNode> PartialCalls => Calls(_nodes);

    /// <exception cref="TemplateException">A path names a property the value does not have, or a partial is missing.</exception>
    public void Render(TextWriter writer, object model, IReadOnlyDictionary<string, Template> partials) =>
        Render(writer, new Scope(model, null, null), new RenderState(model, partials, 0));

    public string Render(object model, IReadOnlyDictionary<string, Template> partials)
    {
        // A page's content is rendered on every page; one buffer per thread saves growing a new one each time.
        var writer = Buffer.Value!;
        writer.GetStringBuilder().Clear();
        Render(writer, model, partials);
        return writer.ToString();
    }

    private static void Render(List<TemplateNode> nodes, TextWriter writer, Scope scope, RenderState state)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    writer.Write(text.Value);
                    break;
                case ValueNode value when TemplateValues.Resolve(value.Path, scope, state.Root, value) is { } resolved:
                    TemplateValues.Write(writer, resolved, encode: !value.Raw);
                    break;
                case BlockNode block:
                    RenderBlock(block, writer, scope, state);
                    break;
                case PartialNode partial:
                    if (!state.Partials.TryGetValue(partial.Name, out var template))
                    {
                        throw new TemplateException(partial.Line, partial.Column, $"there is no partial '{partial.Name}'", $"add theme/partials/{partial.Name}.hbs");
                    }

                    if (state.Depth == MaxPartialDepth)
                    {
                        throw new TemplateException(partial.Line, partial.Column, $"partials call each other more than {MaxPartialDepth} deep", $"check that '{partial.Name}' does not end up calling itself");
                    }

                    var context = partial.Path is null ? scope : new Scope(TemplateValues.Resolve(partial.Path, scope, state.Root, partial), null, null);
                    template.Render(writer, context, state with { Depth = state.Depth + 1 });
                    break;
            }
        }
    }

    /// <summary>Renders this template's nodes; an error from them is marked as this template's.</summary>
    private void Render(TextWriter writer, Scope scope, RenderState state)
    {
        try
        {
            Render(_nodes, writer, scope, state);
        }
        catch (TemplateException e) when (e.TemplateFile is null)
        {
            throw new TemplateException(e.Line, e.Column, e.Message, e.Hint) { TemplateFile = File };
        }
    }

    private static void RenderBlock(BlockNode block, TextWriter writer, Scope scope, RenderState state)
    {
        var value = TemplateValues.Resolve(block.Path, scope, state.Root, block);
        switch (block.Helper)
        {
            case "if" or "unless":
                var shown = TemplateValues.IsTruthy(value) == (block.Helper == "if") ? block.Body : block.Inverse;
                if (shown is not null)
                {
                    Render(shown, writer, scope, state);
                }

                break;
            case "with":
                if (TemplateValues.IsTruthy(value))
                {
                    Render(block.Body, writer, new Scope(value, scope, null), state);
                }
                else if (block.Inverse is not null)
                {
                    Render(block.Inverse, writer, scope, state);
                }

                break;
            case "each":
                // View models hold lists and arrays: read in place, not copied.
                var items = value as IList ?? (value is IEnumerable enumerable and not string ? enumerable.Cast<object?>().ToList() : []);
                for (var i = 0; i < items.Count; i++)
                {
                    Render(block.Body, writer, new Scope(items[i], scope, (i, i == 0, i == items.Count - 1)), state);
                }

                if (items.Count == 0 && block.Inverse is not null)
                {
                    Render(block.Inverse, writer, scope, state);
                }

                break;
        }
    }

    private static IEnumerable<PartialNode> Calls(List<TemplateNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (node is PartialNode partial)
            {
                yield return partial;
            }
            else if (node is BlockNode block)
            {
                foreach (var call in Calls(block.Body).Concat(block.Inverse is null ? [] : Calls(block.Inverse)))
                {
                    yield return call;
                }
            }
        }
    }

    private sealed record RenderState(object Root, IReadOnlyDictionary<string, Template> Partials, int Depth);
}
