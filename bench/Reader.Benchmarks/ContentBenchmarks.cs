using BenchmarkDotNet.Attributes;
using Reader.Content;
using Reader.Site.Text;

namespace Reader.Benchmarks;

/// <summary>Reading one article file: front matter, then Markdown parsing and rendering of its body.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _text = "";
    private string _body = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchCorpus.FirstArticleText;
        _body = FrontMatterReader.ReadArticle("a.md", _text, new DiagnosticBag())!.Body;
    }

    [Benchmark]
    public object? FrontMatter() => FrontMatterReader.ReadArticle("a.md", _text, new DiagnosticBag());

    [Benchmark]
    public string MarkdownToHtml() => ArticleMarkdown.ToHtml(ArticleMarkdown.Parse(_body));
}
