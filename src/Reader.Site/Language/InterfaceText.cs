using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reader.Content;

namespace Reader.Site.Language;

/// <summary>
/// Every word the site writes itself (labels, headings, dates, counts, feed titles), read from one file per language,
/// <c>theme/i18n/&lt;language&gt;.json</c>, chosen by <see cref="ReaderSettings.SiteLanguage"/>. Templates print a
/// string as <c>{{Site.Text.key}}</c>; the C# that makes view models asks for it by the same key. English
/// (<c>en.json</c>) is the reference: another language's file must give every key it gives.
/// </summary>
/// <remarks>
/// Dates are written from the file's month names and pattern, never from .NET's culture data, so a site is the same
/// with and without ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>).
/// </remarks>
public sealed partial class InterfaceText
{
    public const string Folder = "i18n";

    public const string Reference = "en";

    /// <summary>The keys Reader's own code asks for (templates name theirs): a file that lacks one cannot make the site.</summary>
    public static readonly IReadOnlyList<string> CodeKeys =
    [
        "undated", "date_format", "nav_articles", "nav_themes", "nav_authors", "breadcrumb_home", "feed_all_articles", "feed_term",
        "pager_older", "pager_newer", "pager_next_undated", "pager_previous_undated", "originally_published_by",
        "kind_interview", "kind_abstract", "kind_chapter", "kind_op_ed", "kind_report", "kind_paper", "kind_review", "kind_essay",
        "kind_commentary", "kind_speech", "kind_transcript",
        "byline_interview_with", "byline_interviewer_by", "byline_interview_by_first", "byline_interview_by", "byline_by_first", "byline_by",
        "byline_edited_by_first", "byline_edited_by", "byline_translated_by_first", "byline_translated_by", "byline_and", "byline_serial_and",
        "byline_comma", "byline_list_separator", "role_interviewee", "role_interviewer", "role_editor", "role_translator", "role_author",
        "authors_title", "authors_introduction", "themes_title", "themes_introduction", "archive_title", "archive_count", "archive_description",
        "archive_undated", "home_all_articles", "search_title", "search_description", "not_found_title", "not_found_description",
        "author_description", "author_description_affiliated", "author_affiliation_separator", "theme_description", "draft_banner",
        "redirect_title", "redirect_text", "epub_contents", "epub_collection_title", "epub_theme_title", "epub_about",
        "nav_people", "nav_timeline", "people_title", "people_introduction", "person_description", "person_born_died", "person_born",
        "person_died", "person_in_office", "mentions_none", "mentions_summary", "mentions_span_range", "mentions_undated",
        "mentioned_in_none", "mentioned_in", "timeline_title", "timeline_introduction", "timeline_theme_title",
        "timeline_theme_introduction", "timeline_theme_filter", "timeline_person_title", "timeline_person_introduction",
        "timeline_person_filter", "timeline_count", "timeline_year_title", "timeline_decade", "timeline_previous_year", "timeline_next_year",
        "pager_timeline_year", "passage_link", "provenance_removed", "provenance_removed_extracted",
        "derived_title_unreviewed", "derived_title", "derived_undated", "derived_no_author", "derived_themes",
        "paging_title", "paging_status", "paging_previous_label", "paging_previous", "paging_next_label", "paging_next", "pager_archive",
        "pager_authors", "pager_people", "pager_themes", "pager_author_articles", "pager_theme_articles", "home_all_themes", "home_all_authors",
        "byline_with", "byline_questions_by_first", "byline_questions_by", "card_role_interviewee", "author_writes_on", "author_interviewed_on", "author_themes", "date_not_stated", "publication_chapter", "publication_a_chapter", "publication_of_book", "publication_of_unknown_book", "publication_edited_by", "publication_book_published_by", "publication_book_publisher_not_stated", "publication_read_on", "publication_end", "publication_not_stated", "publication_first", "publication_only", "publication_republished", "excerpt_linked", "excerpt_publisher",
    ];

    /// <summary>The counted phrases Reader's own code asks for, each in every plural form of the language.</summary>
    public static readonly IReadOnlyList<string> CodeCounts =
    [
        "count_articles", "count_people", "count_themes", "count_shared_articles", "count_more_people", "reading_time", "search_found",
        "count_mentions", "count_times", "count_undated_articles", "count_events", "count_lines", "count_rules", "mentions_span_one_date", "epub_newest",
    ];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, string> _strings;
    private readonly Dictionary<string, Dictionary<string, string>> _counts;
    private readonly string[] _months;
    private readonly PluralRule _plural;

    private InterfaceText(string language, string file, Dictionary<string, string> strings, Dictionary<string, Dictionary<string, string>> counts, string[] months, PluralRule plural, string key)
    {
        (Language, File, _strings, _counts, _months, _plural, Key) = (language, file, strings, counts, months, plural, key);
    }

    /// <summary>The language the site's own words are in: the site's language, or English where the theme has no file for it.</summary>
    public string Language { get; }

    /// <summary>The file the words come from, as diagnostics name it (<c>theme/i18n/ru.json</c>).</summary>
    public string File { get; }

    /// <summary>A hash of the file: pages made from the same words have the same key.</summary>
    public string Key { get; }

    /// <summary>The string with this key; the keys are checked when the file is read (<see cref="CodeKeys"/>).</summary>
    public string this[string key] => _strings.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"{File} has no '{key}'");

    public bool TryGet(string key, out string value) => _strings.TryGetValue(key, out value!);

    /// <summary>Every key a template may print, sorted.</summary>
    public IEnumerable<string> Keys => _strings.Keys.Order(StringComparer.Ordinal);

    /// <summary>The string with each <c>{name}</c> replaced by its value.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values) => Fill(this[key], values);

    /// <summary>A counted phrase in the plural form the count takes: "1 article", "5 статей", "3 件の記事".</summary>
    public string Count(string key, int count, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var forms = _counts.TryGetValue(key, out var f) ? f : throw new KeyNotFoundException($"{File} has no '{key}'");
        var text = forms.TryGetValue(_plural.Select(count), out var form) ? form : forms["other"];
        return Fill(Fill(text, values), [("count", count.ToString(CultureInfo.InvariantCulture))]);
    }

    /// <summary>Every plural form of a counted phrase, for a script that counts in the browser (<c>{count}</c> left in).</summary>
    public IReadOnlyList<PluralFormView> Forms(string key) =>
        [.. _plural.Forms.Select(form => new PluralFormView(form, _counts[key].GetValueOrDefault(form) ?? _counts[key]["other"]))];

    /// <summary>"12 May 2020", "12 мая 2020 г.", "2020年5月12日"; the word for undated where there is no date.</summary>
    public string Date(DateOnly? date) => date is { } d
        ? Fill(this["date_format"],
        [
            ("day", d.Day.ToString(CultureInfo.InvariantCulture)),
            ("month", _months[d.Month - 1]),
            ("month_number", d.Month.ToString(CultureInfo.InvariantCulture)),
            ("year", d.Year.ToString(CultureInfo.InvariantCulture)),
        ])
        : this["undated"];

    /// <summary>
    /// Reads the language file for <paramref name="language"/> (<c>pt-BR.json</c>, else <c>pt.json</c>), and
    /// <c>en.json</c>, which it is checked against. A language the theme has no file for is a warning, and the
    /// site's words are English; a file that lacks a key English has is an error naming both.
    /// </summary>
    /// <returns>Null when the words cannot be read: the build makes no page.</returns>
    public static InterfaceText? Load(string themeDir, string language, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(themeDir))
        {
            // The missing theme folder is reported once, by the templates.
            return null;
        }

        var folder = Path.Combine(themeDir, Folder);
        var reference = Read(themeDir, Reference, diagnostics);
        if (reference is null)
        {
            return null;
        }

        var chosen = Candidates(language).FirstOrDefault(c => System.IO.File.Exists(Path.Combine(folder, c + ".json")));
        if (chosen is null)
        {
            diagnostics.Add(Diagnostic.Warning(Shown(themeDir, language), null,
                $"the theme has no words for the site's language '{language}', so the site's own words are English",
                $"copy {Shown(themeDir, Reference)} to {Shown(themeDir, language)} and translate it, or set SiteLanguage to one of: {string.Join(", ", Available(folder))}"));
            return Check(reference, null, diagnostics) ? reference : null;
        }

        if (chosen == Reference)
        {
            return Check(reference, null, diagnostics) ? reference.With(language) : null;
        }

        var text = Read(themeDir, chosen, diagnostics);
        return text is not null && Check(text, reference, diagnostics) ? text.With(language) : null;
    }

    private InterfaceText With(string language) =>
        new(language, File, _strings, _counts, _months, _plural, Key);

    /// <summary>Every key of English is in the file, with the same <c>{names}</c>; every key Reader's code asks for is there.</summary>
    private static bool Check(InterfaceText text, InterfaceText? reference, DiagnosticBag diagnostics)
    {
        var ok = true;
        void Missing(string key, string why)
        {
            diagnostics.Add(Diagnostic.Error(text.File, null, $"'{key}' is missing", why));
            ok = false;
        }

        foreach (var key in CodeKeys.Where(k => !text._strings.ContainsKey(k)))
        {
            Missing(key, "Reader writes it on its own pages: add it, translated");
        }

        foreach (var key in CodeCounts.Where(k => !text._counts.ContainsKey(k)))
        {
            Missing(key, $"Reader writes it on its own pages: add it with the forms {string.Join(", ", text._plural.Forms)}");
        }

        foreach (var (key, forms) in text._counts)
        {
            foreach (var form in text._plural.Forms.Where(f => !forms.ContainsKey(f)))
            {
                Missing($"{key}.{form}", $"the plural rule '{text._plural.Name}' needs the forms {string.Join(", ", text._plural.Forms)}");
            }
        }

        if (reference is null)
        {
            return ok;
        }

        foreach (var (key, english) in reference._strings.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!text._strings.TryGetValue(key, out var translated))
            {
                // A key Reader's code asks for is reported once, above.
                if (!CodeKeys.Contains(key))
                {
                    Missing(key, $"{reference.File} has it: add it, translated");
                }
            }
            else if (key != "date_format" && Placeholders(english).Except(Placeholders(translated)).FirstOrDefault() is { } lost)
            {
                diagnostics.Add(Diagnostic.Error(text.File, null, $"'{key}' has no {{{lost}}}, which {reference.File} has", $"put {{{lost}}} where the value goes in the translation"));
                ok = false;
            }
        }

        foreach (var key in reference._counts.Keys.Where(k => !text._counts.ContainsKey(k) && !CodeCounts.Contains(k)).Order(StringComparer.Ordinal))
        {
            Missing(key, $"{reference.File} has it: add it with the forms {string.Join(", ", text._plural.Forms)}");
        }

        return ok;
    }

    private static InterfaceText? Read(string themeDir, string language, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(themeDir, Folder, language + ".json");
        var shown = Shown(themeDir, language);
        if (!System.IO.File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(shown, null, "the site's words in English are missing", $"add {shown}: every other language is checked against it"));
            return null;
        }

        if (FolderFiles.LinkOutside(path, themeDir) is { } target)
        {
            diagnostics.Add(Diagnostic.Error(shown, null, $"the file is a symbolic link to {target}, outside the theme folder; it was not read", "copy the file into the theme folder instead of linking to it"));
            return null;
        }

        var bytes = System.IO.File.ReadAllBytes(path);
        try
        {
            using var document = JsonDocument.Parse(bytes, Options);
            return FromJson(document.RootElement, language, shown, Convert.ToHexString(SHA256.HashData(bytes)), diagnostics);
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error(shown, (int)(e.LineNumber ?? 0) + 1, $"the file is not valid JSON: {e.Message}", "each line is \"key\": \"text\","));
            return null;
        }
    }

    private static InterfaceText? FromJson(JsonElement root, string language, string shown, string key, DiagnosticBag diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Diagnostic.Error(shown, 1, "the file must hold one object of \"key\": \"text\" pairs", "start it with { and end it with }"));
            return null;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        string[]? months = null;
        PluralRule? plural = null;
        var ok = true;
        void Wrong(string message, string hint)
        {
            diagnostics.Add(Diagnostic.Error(shown, null, message, hint));
            ok = false;
        }

        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            var value = property.Value;
            switch (name, value.ValueKind)
            {
                case ("months", JsonValueKind.Array):
                    months = [.. value.EnumerateArray().Select(m => m.ValueKind == JsonValueKind.String ? m.GetString()! : "")];
                    if (months.Length != 12 || months.Any(m => m.Length == 0))
                    {
                        Wrong("'months' must list the twelve month names as they stand in a date", "write \"months\": [\"January\", …, \"December\"]");
                    }

                    break;
                case ("plural_rule", JsonValueKind.String):
                    plural = PluralRule.Find(value.GetString()!);
                    if (plural is null)
                    {
                        Wrong($"unknown plural rule '{value.GetString()}'", $"use one of: {string.Join(", ", PluralRule.Names)}");
                    }

                    break;
                case (_, JsonValueKind.String) when IsKey(name):
                    strings[name] = UnsafeCharacters.Remove(value.GetString()!);
                    break;
                case (_, JsonValueKind.Object) when IsKey(name):
                    counts[name] = value.EnumerateObject()
                        .Where(f => f.Value.ValueKind == JsonValueKind.String)
                        .ToDictionary(f => f.Name, f => UnsafeCharacters.Remove(f.Value.GetString()!), StringComparer.Ordinal);
                    break;
                default:
                    Wrong($"'{name}' must be a key of letters, digits and '_' with text, or plural forms as {{\"one\": …, \"other\": …}}", "write \"key\": \"text\"");
                    break;
            }
        }

        if (months is null)
        {
            Wrong("'months' is missing", "add \"months\": [\"January\", …, \"December\"], as they stand in a date");
        }

        if (plural is null && !root.TryGetProperty("plural_rule", out _))
        {
            Wrong("'plural_rule' is missing", $"add \"plural_rule\" with one of: {string.Join(", ", PluralRule.Names)}");
        }

        return ok ? new InterfaceText(language, shown, strings, counts, months!, plural!, key) : null;
    }

    private static IEnumerable<string> Candidates(string language)
    {
        yield return language;
        if (language.IndexOf('-') is > 0 and var dash)
        {
            yield return language[..dash];
        }
    }

    private static IEnumerable<string> Available(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal) : [];

    private static string Fill(string text, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (values.IsEmpty || !text.Contains('{'))
        {
            return text;
        }

        var result = new StringBuilder(text);
        foreach (var (name, value) in values)
        {
            result.Replace("{" + name + "}", value);
        }

        return result.ToString();
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    private static bool IsKey(string name) => name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    private static string Shown(string themeDir, string language) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeDir))), Folder, language + ".json").Replace('\\', '/');

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
