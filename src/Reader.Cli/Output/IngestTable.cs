using System.Globalization;
using Reader.Ingest;
using Spectre.Console;

namespace Reader.Cli.Output;

/// <summary>The ingest report as terminal tables: one row a seed, then what each rule removed.</summary>
public static class IngestTable
{
    public static void Print(IAnsiConsole console, IngestResult result)
    {
        var seeds = new Table().Title("Ingest").AddColumns("Seed", "Status", "Article", "Kept", "Removed", "Themes", "Warnings");
        foreach (var seed in result.Seeds)
        {
            var cleaning = seed.Cleaning;
            seeds.AddRow(
                Markup.Escape(Path.GetFileName(seed.Source)),
                Markup.Escape(seed.Status.ToString().ToLowerInvariant()),
                Markup.Escape(seed.ArticlePath is { } a ? Path.GetFileName(a) : "—"),
                cleaning is null ? "—" : Count(cleaning.LinesKept, cleaning.CharactersKept),
                cleaning is null ? "—" : Count(cleaning.LinesRemoved, cleaning.CharactersRemoved),
                Markup.Escape(string.Join(", ", seed.Themes.Where(t => t.Assigned).Select(t => t.Slug))),
                (cleaning?.Warnings.Count ?? 0).ToString(CultureInfo.InvariantCulture));
        }

        console.Write(seeds);

        var rules = new Table().Title("Removed, by rule").AddColumns("Seed", "Rule", "Lines", "Chars", "First removed line");
        foreach (var seed in result.Seeds)
        {
            foreach (var removal in seed.Cleaning?.Removals ?? [])
            {
                rules.AddRow(
                    Markup.Escape(Path.GetFileName(seed.Source)),
                    Markup.Escape(removal.Rule),
                    removal.Lines.ToString(CultureInfo.InvariantCulture),
                    removal.Characters.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(removal.Samples.FirstOrDefault() ?? ""));
            }
        }

        if (rules.Rows.Count > 0)
        {
            console.Write(rules);
        }

        if (result.PersonCandidates.Count > 0)
        {
            var people = new Table().Title("People mentioned in several articles, without a file in input/people/").AddColumns("Name", "Articles", "Mentions", "Found as", "To publish");
            foreach (var candidate in result.PersonCandidates)
            {
                people.AddRow(
                    Markup.Escape(candidate.Name),
                    candidate.Articles.Count.ToString(CultureInfo.InvariantCulture),
                    candidate.Mentions.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(", ", candidate.Evidence)),
                    Markup.Escape(candidate.Command));
            }

            console.Write(people);
        }

        foreach (var seed in result.Seeds.Where(s => s.Cleaning is { Warnings.Count: > 0 }))
        {
            foreach (var warning in seed.Cleaning!.Warnings)
            {
                console.MarkupLine($"[yellow]{Markup.Escape(seed.Source)}: warning: {Markup.Escape(warning)}[/]");
            }
        }
    }

    private static string Count(int lines, int characters) =>
        string.Create(CultureInfo.InvariantCulture, $"{lines} lines, {characters:N0} chars");
}
