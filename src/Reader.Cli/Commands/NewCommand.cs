using System.CommandLine;
using Reader.Content;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader new article|author|theme "Name"</c>: writes a correctly front-mattered file with a stable slug,
/// refusing to overwrite one that exists (or, for a person, one that already names them).
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("new", "Create a new article, author or theme file in input/ (never overwrites)");
        command.Add(Kind("article", "Title", "Create input/articles/<slug>.md for a new article", ArticleTemplate));
        command.Add(Kind("author", "Name", "Create input/authors/<slug>.md for a person", AuthorTemplate));
        command.Add(Kind("theme", "Title", "Create input/themes/<slug>.md for a new theme", ThemeTemplate));
        return command;

        Command Kind(string folder, string argumentName, string description, Func<string, string> template)
        {
            var name = new Argument<string>(argumentName) { Description = $"The {argumentName.ToLowerInvariant()}, in quotes" };
            var kind = new Command(folder, description) { name, CommonOptions.Input };
            kind.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context
                ? Run(context, folder + "s", parse.GetValue(name)!, template)
                : ExitCodes.UsageErrors);
            return kind;
        }
    }

    private static int Run(CommandContext context, string folder, string name, Func<string, string> template)
    {
        name = name.Trim();
        var slug = Slug.From(folder == "authors" ? PersonName.Display(name) : name);
        var path = Path.Combine(context.InputDirectory, folder, slug + ".md");
        var display = context.Project.Relative(path);
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Terminal.Diagnostics([Diagnostic.Error(display, null, "the name is empty", "give it in quotes, e.g. reader new article \"Japan and Russia after 2022\"")]);
            return ExitCodes.UsageErrors;
        }

        if (folder == "authors" && SamePerson(context, name) is { } existing)
        {
            context.Terminal.Diagnostics([Diagnostic.Error(existing, null, $"'{name}' already has an author file", "edit that file; add other spellings of the name under aliases")]);
            return ExitCodes.ContentErrors;
        }

        if (!AtomicFile.TryCreate(path, template(name)))
        {
            context.Terminal.Diagnostics([Diagnostic.Error(display, null, "the file already exists; nothing was written", "edit it, or choose another name")]);
            return ExitCodes.ContentErrors;
        }

        context.Terminal.Output.WriteLine($"created {display}");
        return ExitCodes.Ok;
    }

    private static string? SamePerson(CommandContext context, string name)
    {
        var folder = Path.Combine(context.InputDirectory, "authors");
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var key = PersonName.Key(name);
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var author = FrontMatterReader.ReadAuthor(path, File.ReadAllText(path), new DiagnosticBag());
            if (author is not null && author.FrontMatter.Aliases.Prepend(author.FrontMatter.Name).Any(n => PersonName.Key(n) == key))
            {
                return context.Project.Relative(path);
            }
        }

        return null;
    }

    // Optional fields are left as YAML comments, so the file is valid as written and shows what can be added.
    private static string ArticleTemplate(string title) => $"""
        ---
        title: {YamlText.Scalar(title)}
        authors: []          # e.g. [Jane Doe], or - name: … / role: interviewee / affiliation: …
        # subtitle: …
        # date: YYYY-MM-DD   # only when the source states it
        # publisher: …
        # original_publisher: …
        kind: article        # {string.Join(" | ", ArticleKinds.Known.Take(6))} …
        language: en
        themes: []           # slugs of files in input/themes/
        # summary: …
        # source_url: https://…
        ---

        {Placeholders.ArticleBody}

        """;

    private static string AuthorTemplate(string name) => $"""
        ---
        name: {YamlText.Scalar(PersonName.Display(name))}
        aliases: []          # other spellings, e.g. [Abe Shinzō, Shinzo Abe]
        affiliations: []
        ---

        {Placeholders.AuthorBio}

        """;

    private static string ThemeTemplate(string title) => $"""
        ---
        title: {YamlText.Scalar(title)}
        description: {Placeholders.ThemeDescription}
        keywords: []         # evidence for ingest: phrase, phrase|weight, or prefix*|weight
        ---

        {Placeholders.ThemeBody}

        """;
}
