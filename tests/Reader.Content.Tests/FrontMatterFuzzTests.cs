using System.Text;

namespace Reader.Content.Tests;

/// <summary>
/// Random YAML front matter (keys, values, indentation, tabs, anchors and aliases, flow collections, escapes) into the
/// reader: it never throws, every file it refuses has an error naming the file, and every error has a line in the file.
/// </summary>
public sealed class FrontMatterFuzzTests
{
    private const int Cases = 6000;

    private static readonly string[] Keys = [.. FrontMatterReader.ArticleKeys, "titel", "x", "? complex", "- item", "&a title", "*a", "\"quoted\"", "", "tïtle", "日付"];

    private static readonly string[] Scalars =
    [
        "T", "Jane Doe", "5", "-1", "3.14", "yes", "null", "~", "2020-05-12", "2020-13-45", "yesterday", "2020-05-12T10:00:00Z", "''", "\"\"",
        "\"a \\\"quoted\\\" text\"", "'it''s'", "\"\\uD800\"", "\"\\0\\x01\"", "|\n  block\n  text", ">\n  folded", "a: b", "#comment", "[", "]", "{", "}",
        "&anchor value", "*anchor", "!!str 5", "!!binary AAAA", "!custom x", "../../etc/passwd", "CON", "🗾🐻", "\u202Eevil", "%TAG", "@at", "`tick`",
        new string('x', 500), "[a, b, [c, d]]", "{name: A, role: editor}", "[{name: A, role: nobody}]", "- a\n- b", "\t", "a\tb",
    ];

    [Fact]
    public void Random_front_matter_never_throws_and_every_refusal_is_explained()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Cases; seed++)
        {
            var text = seed % 3 == 0 ? Mutate(Valid, new Random(seed)) : RandomDocument(new Random(seed));
            var diagnostics = new DiagnosticBag();
            try
            {
                var result = FrontMatterReader.ReadArticle("input/articles/fuzz.md", text, diagnostics);
                var lines = text.ReplaceLineEndings("\n").Split('\n').Length;
                if (result is null && !diagnostics.HasErrors)
                {
                    failures.Add($"case {seed}: refused without an error");
                }

                if (diagnostics.Items.FirstOrDefault(d => d.Path != "input/articles/fuzz.md" || d.Line is < 1 || d.Line > lines + 1) is { } bad)
                {
                    failures.Add($"case {seed}: diagnostic points nowhere: {bad}");
                }
            }
            catch (Exception e)
            {
                failures.Add($"case {seed}: threw {e.GetType().Name}: {e.Message}\n{text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)));
    }

    private const string Valid = "---\ntitle: Talks\nauthors:\n  - name: Jane Doe\n    role: editor\n  - John Roe\ndate: 2020-05-12\nthemes: [a, b]\nsummary: \"x: y\"\n---\n\nBody.\n";

    private static string RandomDocument(Random random)
    {
        var yaml = new StringBuilder("---\n");
        var anchors = new List<string>();
        for (var fields = random.Next(8); fields >= 0; fields--)
        {
            yaml.Append(Indent(random)).Append(Keys[random.Next(Keys.Length)]).Append(':');
            yaml.Append(random.Next(10) == 0 ? "" : " ").Append(Value(random, anchors, depth: 0)).Append('\n');
        }

        return yaml.Append(random.Next(20) == 0 ? "" : "---\n").Append("\nBody.\n").ToString();
    }

    private static string Value(Random random, List<string> anchors, int depth)
    {
        var anchor = "";
        if (random.Next(6) == 0)
        {
            var name = $"a{anchors.Count}";
            anchors.Add(name);
            anchor = $"&{name} ";
        }

        return random.Next(depth > 3 ? 3 : 7) switch
        {
            0 or 1 or 2 => anchor + Scalars[random.Next(Scalars.Length)],
            3 when anchors.Count > 0 => "*" + anchors[random.Next(anchors.Count)],
            4 => anchor + "[" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Value(random, anchors, depth + 1))) + "]",
            5 => anchor + "{" + string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(_ => $"{Keys[random.Next(Keys.Length)]}: {Value(random, anchors, depth + 1)}")) + "}",
            _ => anchor + "\n" + string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"{Indent(random)}  - {Value(random, anchors, depth + 1)}\n")).TrimEnd('\n'),
        };
    }

    private static string Indent(Random random) => random.Next(8) switch
    {
        0 => " ",
        1 => "\t",
        2 => "   ",
        _ => "",
    };

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var edits = 1 + random.Next(6); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0 when builder.Length > 0 && at < builder.Length:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(5)));
                    break;
                case 1:
                    builder.Insert(at, "[]{}:-&*!|>'\"#%@`\t\n \0\uFEFF"[random.Next(22)]);
                    break;
                default:
                    builder.Insert(at, Scalars[random.Next(Scalars.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }
}
