using Reader.Ingest.Metadata;

namespace Reader.Ingest.Tests.Metadata;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Japan and Russia signed nothing.", "en")]
    [InlineData("Экономические факторы", "ru")]
    [InlineData("Очевидный приоритет Москвы (Нелидов 2019: 71) и идея «порядка, основанного на правилах» (rules-based order)", "ru")]
    [InlineData("岸田首相は記者会見で述べた。", "ja")]
    [InlineData("サハリン", "ja")]
    public void Detects_the_language_by_script(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("2019–2020 — 71")]
    public void Text_without_letters_has_no_language(string text) => Assert.Null(LanguageDetector.Detect(text));
}
