using Reader.Site.Model;
using Reader.Site.Outputs;
using Reader.Site.Text;

namespace Reader.Site.Tests.Outputs;

/// <summary>The search index by first letters: tokens as the script reads a query, shards that stay small, postings.</summary>
public sealed class SearchIndexTests
{
    [Theory]
    [InlineData("shinzo abe met putin in 2016", "shinzo abe met putin in 2016")]
    [InlineData("a b c de", "de")]
    [InlineData("экономические факторы", "экономические факторы")]
    [InlineData("日本とロシア", "日本 本と とロ ロシ シア")]
    [InlineData("abe 安倍 x", "abe 安倍 x")]
    [InlineData("中", "中")]
    public void Text_is_read_as_words_and_pairs_of_characters_where_words_have_no_spaces(string folded, string expected)
    {
        var tokens = SearchTokens.Strings(folded);
        Assert.Equal(expected.Replace(" x", "", StringComparison.Ordinal), string.Join(' ', tokens));
    }

    [Fact]
    public void Title_tokens_are_marked_and_each_token_is_listed_once()
    {
        var vocabulary = new Vocabulary();
        var tokens = SearchTokens.Of("peace treaty", "the peace treaty was never signed, peace", vocabulary);
        var byWord = tokens.ToDictionary(t => vocabulary.Word(t >> 1), t => (t & 1) == 1);
        Assert.True(byWord["peace"]);
        Assert.True(byWord["treaty"]);
        Assert.False(byWord["signed"]);
        Assert.Equal(byWord.Count, tokens.Length);
        Assert.Equal(tokens.Order(), tokens);
    }

    [Fact]
    public void Postings_list_each_token_s_articles_in_order_with_names_added_once()
    {
        var vocabulary = new Vocabulary();
        var first = SearchTokens.Of("kuril islands", "the kuril islands dispute", vocabulary);
        var second = SearchTokens.Of("energy", "kuril energy", vocabulary);
        var name = SearchTokens.Of("kuril roe", vocabulary);
        var extra = new[] { SearchPostings.Extra(first, [name]), SearchPostings.Extra(second, [name]) };
        var postings = new SearchPostings([first, second], extra, vocabulary.Count);

        Assert.Equal([(0 << 1) | 1, 1 << 1], postings.Of(vocabulary.Id("kuril")).ToArray());
        Assert.Equal([0 << 1, 1 << 1], postings.Of(vocabulary.Id("roe")).ToArray());
    }

    [Fact]
    public void A_busy_first_letter_is_split_by_the_next_letters_and_every_token_is_in_exactly_one_shard()
    {
        var vocabulary = new Vocabulary();
        var random = new Random(7);
        var tokens = Enumerable.Range(0, 400).Select(i =>
            SearchTokens.Of("", string.Join(' ', Enumerable.Range(0, 300).Select(_ => "s" + (char)('a' + random.Next(26)) + (char)('a' + random.Next(26)) + "x")) + " s sa qq", vocabulary)).ToList();
        var postings = new SearchPostings(tokens, [.. tokens.Select(_ => Array.Empty<int>())], vocabulary.Count);

        var shards = SearchIndex.TermShards(postings, vocabulary);

        Assert.Contains(shards, s => s.Key.Length >= 2 && s.Key[0] == 's');
        Assert.Contains(shards, s => s.Key == "q");
        var all = shards.SelectMany(s => s.Tokens.Select(t => (s.Key, Word: vocabulary.Word(t)))).ToList();
        Assert.Equal(postings.Tokens.Count(), all.Count);
        Assert.All(all, t => Assert.StartsWith(t.Key, t.Word, StringComparison.Ordinal));
        // Each token is in the shard of the longest key it begins with, where the script looks for it.
        Assert.All(all, t => Assert.Equal(shards.Select(s => s.Key).Where(k => t.Word.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length), t.Key));
        Assert.All(shards.Where(s => s.Tokens.Count > 1), s => Assert.True(s.Tokens.Sum(t => postings.Count(t) * 4) < 4 * SearchIndex.ShardBytes, s.Key));
    }

    [Fact]
    public void Shard_file_names_are_the_key_s_code_units_in_hex()
    {
        Assert.Equal("006e006f", SearchIndex.FileName("no"));
        Assert.Equal("044d", SearchIndex.FileName("э"));
    }
}
