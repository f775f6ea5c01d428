using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InlineSourceListTests
{
    [Theory]
    [InlineData("SOURCES: Grace Whitley, PhD, exercise researcher. Journal of Applied Aging, Sept. 2013.")]
    [InlineData("REFERENCES: Okafor P. et al. Annals of Sleep Medicine, Sept. 2013.")]
    public void A_capitals_label_with_the_list_on_its_line_is_a_source_list(string line) => Assert.True(InlineSourceList.Is(line));

    [Theory]
    [InlineData("Sources: the mayor and two council members said the vote would wait until October.")]
    [InlineData("Sources said the deal could be signed as soon as Monday.")]
    [InlineData("SOURCES:")]
    [InlineData("Researchers had 10 people aged 60 and older try three exercise routines.")]
    public void Prose_or_the_label_alone_is_no_inline_list(string line) => Assert.False(InlineSourceList.Is(line));

    [Theory]
    [InlineData("Sources: Harbour Gazette, Bay Radio, Quayside Weekly")]
    [InlineData("Source: The Bay Radio News")]
    public void A_mixed_case_label_over_capitalised_names_is_a_source_list(string line) => Assert.True(InlineSourceList.IsNamedSourcesLine(line));

    [Theory]
    [InlineData("Sources: Harbour Gazette reported the vote would wait until October.")]
    [InlineData("Source: Mayor Ruiz told the council members on Tuesday night, which")]
    [InlineData("Sources: ")]
    public void A_mixed_case_label_over_a_sentence_is_no_source_list(string line) => Assert.False(InlineSourceList.IsNamedSourcesLine(line));

    [Fact]
    public void The_sources_line_closing_a_blog_post_is_no_paragraph()
    {
        const string html = """
            <html><head><title>Ferry captain joins reality show cast | Quayside TV</title></head><body>
            <article><h1>Ferry captain joins reality show cast</h1>
            <div class="text"><p>A ferry captain from the harbor town will be one of the twenty contestants when the dating show returns in January.</p>
            <p>She has worked the evening crossing for six years and says the show's producers found her through a friend's post.</p>
            <strong>Sources: </strong><a href="/a">Harbour Gazette</a>, <a href="/b">Bay Radio</a></div></article></body></html>
            """;
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "cast.html");

        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, p => p.StartsWith("Sources", StringComparison.Ordinal));
    }

    [Fact]
    public void The_line_under_a_one_source_line_is_read_as_before()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Quayside TV

            Ferry captain joins reality show cast

            A ferry captain from the harbor town will be one of the twenty contestants when the dating show returns in January.
            She has worked the evening crossing for six years and says the show's producers found her through a friend's post.
            Source: Harbour Gazette
            Tags: ferries, reality tv, harbor town
            """), "cast.txt");

        Assert.Equal(["ferries", "reality tv", "harbor town"], page.Tags);
        Assert.DoesNotContain("Source: Harbour Gazette", page.BodyParagraphs);
    }
}
