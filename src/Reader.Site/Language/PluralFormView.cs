namespace Reader.Site.Language;

/// <summary>One plural form of a counted phrase (<c>one</c>, <c>few</c>, <c>many</c>, <c>other</c>), as CLDR and the browser's Intl.PluralRules name it.</summary>
public sealed record PluralFormView(string Form, string Text);
