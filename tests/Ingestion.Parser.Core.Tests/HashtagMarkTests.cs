using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HashtagMarkTests
{
    [Fact]
    public void Tag_page_links_printed_as_hashtags_give_their_words()
    {
        var page = SiteLatestTagsTests.Parse();
        Assert.Equal(["Ferries", "Harbour"], page.Tags);
    }

    [Fact]
    public void Hashtags_one_a_line_under_a_tag_label_give_their_words_over_a_site_wide_keywords_meta()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Harbour ferries get a new timetable | Harbour Post</title>
            <meta name="keywords" content="harbour news, island life, ferries and boats"></head><body>
            <main><article><h1>Harbour ferries get a new timetable</h1>
            <p class="credit">TEXT BY MARTA OLSEN</p>
            <p>The harbour's three ferries will sail on a new timetable from June, with a first crossing half an hour earlier than today.</p>
            <p>The operator said the change follows a survey of commuters, most of whom asked for an earlier boat to the mainland.</p>
            <section class="article-tag-list"><h2>TAGS</h2><ul><li><a href="/tag/ferries/">#Ferries</a></li><li><a href="/tag/harbour/">#Harbour</a></li></ul></section>
            </article></main></body></html>
            """), "ferries.html");
        Assert.Equal(["Ferries", "Harbour"], page.Tags);
    }

    [Theory]
    [InlineData("#Culture", "Culture")]
    [InlineData("# Culture", "Culture")]
    [InlineData("Culture", "Culture")]
    [InlineData("#", "#")]
    public void Only_the_leading_mark_goes(string shown, string tag) => Assert.Equal(tag, HashtagMark.Without(shown));
}
