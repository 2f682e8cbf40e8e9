using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using Reader.Site.Rendering.Templates;

namespace Reader.Site.Tests.Rendering;

/// <summary>
/// Themes are Handlebars, so Reader's template parser is held to Handlebars.Net, which the site used before:
/// thousands of generated templates (blocks, else, loops, partials, comments, <c>~</c>, tags alone on their line
/// or not, indented or not) must render to the same text. Then what the parser refuses, and how it says so.
/// </summary>
public sealed class TemplateParserTests
{
    private const string Partial = "<i>{{Name}}</i>\n";
    private const string BlockPartial = "{{#if Name}}\n  <b>{{Name}}</b>\n{{/if}}\n";

    private static readonly object Model = new
    {
        Name = "<Ōta & \"Sons\">",
        Yes = true,
        No = false,
        Empty = "",
        Count = 0,
        Items = new[] { new { Name = "first", Flag = true }, new { Name = "second's", Flag = false } },
        None = Array.Empty<object>(),
        Child = new { Name = "child", Flag = true },
        Missing = (string?)null,
    };

    [Fact]
    public void Generated_templates_render_exactly_as_handlebars_net_renders_them()
    {
        var random = new Random(7);
        var partials = new Dictionary<string, Template>
        {
            ["part"] = TemplateParser.Parse(Partial),
            ["block-part"] = TemplateParser.Parse(BlockPartial),
        };
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
        handlebars.RegisterTemplate("part", Partial);
        handlebars.RegisterTemplate("block-part", BlockPartial);

        var compared = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            Generate(text, random, depth: 0, Context.Root);

            // The site removed the indentation before partial calls when it used Handlebars.Net (see the partial below).
            var source = Regex.Replace(text.ToString(), @"^[ \t]+(?=\{\{~?>)", "", RegexOptions.Multiline);

            // After a line ending in white space, Handlebars.Net indents a standalone partial by it and then leaves
            // the partial's values unencoded; handlebars.js does neither, and nor does Reader.
            if (Regex.IsMatch(source, @"[ \t]+\n\{\{~?>"))
            {
                continue;
            }

            var expected = handlebars.Compile(source)(Model);
            var actual = TemplateParser.Parse(source).Render(Model, partials);

            Assert.True(expected == actual, $"template {i}:\n{Show(source)}\nHandlebars.Net:\n{Show(expected)}\nReader:\n{Show(actual)}");
            compared++;
        }

        Assert.True(compared > 2000, $"only {compared} templates compared");
    }

    [Theory]
    [InlineData("a\n{{#with Child}}\n  {{Name}}\n{{/with}}\nb", "a\n  child\nb")]
    [InlineData("{{#each Items}}{{@index}}:{{Name}}{{#if @first}}!{{/if}}{{#if @last}}.{{/if}} {{/each}}", "0:first! 1:second&#x27;s. ")]
    [InlineData("{{#each Items}}{{../Child.Name}} {{/each}}", "child child ")]
    [InlineData("{{#each Items}}{{#if Flag}}{{@root.Child.Name}}{{/if}}{{/each}}", "child")]
    [InlineData("{{#each None}}x{{else}}none{{/each}}", "none")]
    [InlineData("{{#if Count}}zero is true{{else}}zero is false{{/if}}", "zero is false")]
    [InlineData("{{Missing}}|{{#if Missing}}x{{/if}}", "|")]
    [InlineData("a {{! a comment ~}}\n\nb{{!-- {{Name}} --~}} c", "a bc")]
    [InlineData("<ul>\n    {{> part Child}}\n</ul>", "<ul>\n<i>child</i>\n</ul>")]
    public void Supported_features_render_as_handlebars_defines_them(string source, string expected) =>
        Assert.Equal(expected, TemplateParser.Parse(source).Render(Model, new Dictionary<string, Template> { ["part"] = TemplateParser.Parse(Partial) }));

    [Theory]
    [InlineData("a\n{{#lookup Items 0}}\n{{/lookup}}", 2, 1, "{{#lookup}} is not supported")]
    [InlineData("a\nb {{#if Yes}}\n", 2, 3, "{{#if}} is never closed")]
    [InlineData("{{#if Yes}}\n{{/each}}", 2, 1, "{{/each}} closes {{#if}} from line 1")]
    [InlineData("{{/if}}", 1, 1, "{{/if}} closes nothing")]
    [InlineData("x {{else}}", 1, 3, "{{else}} outside {{#if}}, {{#unless}}, {{#each}} or {{#with}}")]
    [InlineData("{{uppercase Name}}", 1, 1, "'uppercase Name' calls a helper, and templates have none")]
    [InlineData("{{#if Yes}}{{Name \"x\"}}{{/if}}", 1, 12, "'Name \"x\"' calls a helper, and templates have none")]
    [InlineData("{{Name", 1, 1, "this tag is never closed with }}")]
    [InlineData("{{> part a=b}}", 1, 1, "'a=b' is not a value's path")]
    public void A_template_it_cannot_read_is_refused_with_its_line_and_column(string source, int line, int column, string message)
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse(source));

        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
        Assert.NotEmpty(error.Hint);
    }

    [Fact]
    public void A_misspelt_property_fails_the_render_with_the_tag_s_place()
    {
        var template = TemplateParser.Parse("<p>\n  {{Child.Nmae}}\n</p>");

        var error = Assert.Throws<TemplateException>(() => template.Render(Model, new Dictionary<string, Template>()));

        Assert.Equal((2, 3, "'Nmae' is undefined in Child.Nmae: the value has Flag, Name"), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void A_path_through_an_empty_value_fails_the_render_and_says_so()
    {
        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("{{Missing.Name}}").Render(Model, new Dictionary<string, Template>()));

        Assert.Equal("'Name' is undefined in Missing.Name: the value before it is empty", error.Message);
    }

    [Fact]
    public void A_partial_that_calls_itself_stops_with_an_error_instead_of_overflowing_the_stack()
    {
        var partials = new Dictionary<string, Template> { ["loop"] = TemplateParser.Parse("{{> loop}}") };

        var error = Assert.Throws<TemplateException>(() => TemplateParser.Parse("{{> loop}}").Render(Model, partials));

        Assert.Contains("more than 32 deep", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A random template: text, values, comments, partials and blocks, nested, with random white space and <c>~</c>.</summary>
    /// <param name="plain">Only the current value's own properties: no <c>../</c> or <c>@first</c>.</param>
    private static void Generate(StringBuilder text, Random random, int depth, Context context, bool plain = false)
    {
        string[] texts = ["a", " ", "\n", "  ", "\n  ", "b\n", "\t", "\n\n", "c "];
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            switch (random.Next(depth < 3 ? 8 : 5))
            {
                case 0 or 1:
                    text.Append(Pick(random, texts));
                    break;
                case 2:
                    string[] values = context switch
                    {
                        Context.Root => ["Name", "Child.Name", "Missing", "Count"],
                        _ when plain => ["Name", "Flag", "this.Name"],
                        Context.Item => ["Name", "Flag", "this.Name", "@index", "@first", "../Name"],
                        _ => ["Name", "Flag", "this.Name", "../Name"],
                    };
                    text.Append(Tag(random, Pick(random, values), triple: random.Next(4) == 0));
                    break;
                case 3:
                    // Handlebars.Net strips no white space for a "~" on a comment, so the comparison leaves those out.
                    var call = Pick(random, ["! a comment ", "!-- a {{comment}} --", "> part", context == Context.Root ? "> part Child" : "> part", "> block-part"]);
                    text.Append(call.StartsWith('!') ? $"{{{{{call}}}}}" : Tag(random, call));
                    break;
                case 4:
                    text.Append(Pick(random, texts)).Append(Pick(random, ["\n", "  \n", ""]));
                    break;
                default:
                    var (helper, value) = Pick(random, [("if", "Yes"), ("if", "No"), ("if", "Empty"), ("unless", "No"), ("each", "Items"), ("each", "None"), ("with", "Child")]);
                    var root = context == Context.Root ? "" : "@root.";
                    text.Append(Pick(random, ["", "\n", "  ", "\n  "])).Append(Tag(random, $"#{helper} {root}{value}"));
                    Generate(text, random, depth + 1, helper switch { "each" => Context.Item, "with" => Context.Child, _ => context }, plain && helper is "if" or "unless");
                    if (random.Next(3) == 0)
                    {
                        text.Append(Pick(random, ["", "\n", "  "])).Append(Tag(random, "else"));
                        // Handlebars.Net resolves ../ and @first in an {{#each}}'s else part unlike handlebars.js; neither is compared there.
                        Generate(text, random, depth + 1, context, plain || helper == "each");
                    }

                    text.Append(Pick(random, ["", "\n", "  ", "\n  "])).Append(Tag(random, $"/{helper}")).Append(Pick(random, ["", "\n", " \n", "x"]));
                    break;
            }
        }
    }

    private enum Context
    {
        Root,
        Item,
        Child,
    }

    private static string Tag(Random random, string inner, bool triple = false)
    {
        var before = random.Next(6) == 0 ? "~" : "";
        var after = random.Next(6) == 0 ? "~" : "";
        return triple ? $"{{{{{{{before}{inner}{after}}}}}}}" : $"{{{{{before}{inner}{after}}}}}";
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Show(string text) => text.Replace("\n", "⏎\n", StringComparison.Ordinal).Replace("\t", "⇥", StringComparison.Ordinal);
}
