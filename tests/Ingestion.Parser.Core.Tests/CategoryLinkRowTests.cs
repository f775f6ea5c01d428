using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CategoryLinkRowTests
{
    private static ParsedPage Parse(string row) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>pickled radish slaw | the narrow pantry</title></head>
        <body><div id="header"><h1><a href="https://pantry.example/">the narrow pantry</a></h1></div>
        <div id="content"><div class="post" id="post-4411">
        <div class="date">Tuesday, June 14, 2016</div><h2><a href="https://pantry.example/2016/06/pickled-radish-slaw/" rel="bookmark">pickled radish slaw</a></h2>
        <div class="entry">
        <p>Every June the radishes at the corner market get out of hand, and every June I buy far too many of them because they are the first crunchy thing of the year.</p>
        <p>This slaw keeps for three days in the fridge, gets better on the second, and goes with almost anything you would put on a grill this summer.</p>
        <p>Slice the radishes as thin as you can, salt them for ten minutes, then toss them with the vinegar, the sugar and a handful of dill.</p>
        {row}
        </div></div></div></body></html>
        """), "slaw.html", "text/html");

    [Theory]
    [InlineData("""<p class="postmetadata alt">See more: <a href="/category/salad/" rel="category tag">Salad</a>, <a href="/category/summer/" rel="category tag">Summer</a>, <a href="/category/pickles/" rel="category tag">Pickles</a> </p>""")]
    [InlineData("""<p class="postmetadata"><a href="/category/salad/" rel="category tag">Salad</a>, <a href="/category/summer/" rel="category tag">Summer</a>, <a href="/category/pickles/" rel="category tag">Pickles</a></p>""")]
    public void A_row_of_category_links_the_only_terms_shown_gives_the_tags(string row) =>
        Assert.Equal(["Salad", "Summer", "Pickles"], Parse(row).Tags);

    [Fact]
    public void Category_links_beside_tag_links_are_no_tags() =>
        Assert.DoesNotContain("Summer", Parse("""<p class="postmetadata">See more: <a href="/category/salad/" rel="category tag">Salad</a>, <a href="/category/summer/" rel="category tag">Summer</a></p><p class="tags">Tags: <a href="/tag/radish/" rel="tag">radish</a>, <a href="/tag/dill/" rel="tag">dill</a></p>""").Tags);

    [Fact]
    public void A_category_row_with_a_byline_between_the_links_is_not_read_so() =>
        Assert.Empty(Parse("""<p class="postmetadata">Posted in <a href="/category/salad/" rel="category tag">Salad</a> and <a href="/category/summer/" rel="category tag">Summer</a> by Mara Lind</p>""").Tags);

    [Fact]
    public void A_single_category_link_is_not_read_as_a_row() =>
        Assert.Empty(Parse("""<p class="postmetadata">See more: <a href="/category/salad/" rel="category tag">Salad</a></p>""").Tags);
}
