using System.CommandLine;
using Reader.Content;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader new article|author|theme|person "Name"</c>: writes a correctly front-mattered file with a stable slug,
/// refusing to overwrite one that exists (or, for a person, one that already names them).
/// </summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("new", "Create a new article, author, theme or person file in input/ (never overwrites)");
        command.Add(Kind("article", "Title", "Create input/articles/<slug>.md for a new article", ArticleTemplate));
        command.Add(Kind("author", "Name", "Create input/authors/<slug>.md for a person", AuthorTemplate));
        command.Add(Kind("theme", "Title", "Create input/themes/<slug>.md for a new theme", ThemeTemplate));
        command.Add(Kind("person", "Name", "Create input/people/<slug>.md for someone the articles are about", PersonTemplate));
        return command;

        Command Kind(string kindName, string argumentName, string description, Func<string, string> template)
        {
            var name = new Argument<string>(argumentName) { Description = $"The {argumentName.ToLowerInvariant()}, in quotes" };
            var kind = new Command(kindName, description) { name, CommonOptions.Input };
            var folder = kindName == "person" ? "people" : kindName + "s";
            kind.SetAction(parse => CommandContext.Open(parse, workingDirectory, output, error) is { } context
                ? Run(context, folder, parse.GetValue(name)!, template)
                : ExitCodes.UsageErrors);
            return kind;
        }
    }

    private static int Run(CommandContext context, string folder, string name, Func<string, string> template)
    {
        name = name.Trim();
        var isPerson = folder is "authors" or "people";
        var slug = Slug.From(isPerson ? PersonName.Display(name) : name);
        var path = Path.Combine(context.InputDirectory, folder, slug + ".md");
        var display = context.Project.Relative(path);
        if (string.IsNullOrWhiteSpace(name))
        {
            context.Terminal.Diagnostics([Diagnostic.Error(display, null, "the name is empty", "give it in quotes, e.g. reader new article \"Japan and Russia after 2022\"")]);
            return ExitCodes.UsageErrors;
        }

        if (isPerson && SamePerson(context, folder, name) is { } existing)
        {
            var what = folder == "authors" ? "an author file" : "a person file";
            context.Terminal.Diagnostics([Diagnostic.Error(existing, null, $"'{name}' already has {what}", "edit that file; add other spellings of the name under aliases")]);
            return ExitCodes.ContentErrors;
        }

        if (!AtomicFile.TryCreate(path, template(name)))
        {
            context.Terminal.Diagnostics([Diagnostic.Error(display, null, "the file already exists; nothing was written", "edit it, or choose another name")]);
            return ExitCodes.ContentErrors;
        }

        context.Terminal.Output.WriteLine($"created {display}");
        if (folder == "people" && SamePerson(context, "authors", name) is { } author)
        {
            context.Terminal.Output.WriteLine($"{author} names the same person: the two share the author's page");
        }

        return ExitCodes.Ok;
    }

    private static string? SamePerson(CommandContext context, string folderName, string name)
    {
        var folder = Path.Combine(context.InputDirectory, folderName);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var key = PersonName.Key(name);
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var names = folderName == "authors"
                ? FrontMatterReader.ReadAuthor(path, text, new DiagnosticBag()) is { } author ? author.FrontMatter.Aliases.Prepend(author.FrontMatter.Name) : []
                : FrontMatterReader.ReadPerson(path, text, new DiagnosticBag()) is { } person ? person.FrontMatter.Aliases.Where(a => !a.EndsWith('*')).Prepend(person.FrontMatter.Name) : [];
            if (names.Any(n => PersonName.Key(n) == key))
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

    private static string PersonTemplate(string name) => $"""
        ---
        name: {YamlText.Scalar(PersonName.Display(name))}
        aliases: []          # other spellings, any script: [Putin, "Путин*", プーチン, 普京]; a final * matches word endings
        description: {Placeholders.PersonDescription}
        # born: YYYY-MM-DD   # or YYYY, or YYYY-MM: only what is known
        # died: YYYY-MM-DD
        # in_office: [2012–2020]
        ---

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
