using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadedLinkListSectionsTests
{
    private const string Page = """
        <html><head><title>Twelve Ways With Spring Greens - Pantry Notes</title></head><body>
        <article class="full-post"><h1 class="post-title">Twelve Ways With Spring Greens</h1>
        <div class="post-body">
        <p>The first bunches of chard and spinach are at the market again, so we went back through the year's posts for our favourites.</p>
        <p>Whether you like your greens raw, wilted or baked into a pie, there is something here for a weeknight supper.</p>
        <h3>Raw and Crunchy</h3>
        <ul>
        <li><a href="/posts/shaved-kale-salad">A Shaved Kale Salad With Toasted Almonds</a></li>
        <li><a href="/posts/spinach-slaw">Spinach Slaw for a Picnic Basket</a></li>
        <li><a href="/posts/herb-dressing">The Green Herb Dressing We Keep in the Fridge</a></li>
        </ul>
        <h3>Warm From the Pan</h3>
        <ul>
        <li><a href="/posts/garlicky-chard">Garlicky Chard on Toast</a></li>
        <li><a href="/posts/greens-pie">A Greens Pie With a Flaky Crust</a></li>
        </ul>
        <p>Tell us which of these you have cooked this spring, and which green you would like us to write about next.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void Lists_of_links_each_under_a_subheading_of_their_own_are_body()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "greens.html");
        Assert.Contains("Raw and Crunchy", page.BodyParagraphs);
        Assert.Contains("Spinach Slaw for a Picnic Basket", page.BodyParagraphs);
        Assert.Contains("A Greens Pie With a Flaky Crust", page.BodyParagraphs);
        Assert.Equal(10, page.BodyParagraphs.Count);
    }

    [Fact]
    public void One_headed_list_of_links_among_the_paragraphs_stays_out()
    {
        var html = Page.Replace("""
            <h3>Warm From the Pan</h3>
            <ul>
            <li><a href="/posts/garlicky-chard">Garlicky Chard on Toast</a></li>
            <li><a href="/posts/greens-pie">A Greens Pie With a Flaky Crust</a></li>
            </ul>
            """, string.Empty);
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "greens.html");
        Assert.DoesNotContain("Spinach Slaw for a Picnic Basket", page.BodyParagraphs);
    }

    [Fact]
    public void Lists_under_related_headings_stay_out()
    {
        var html = Page.Replace("<h3>Raw and Crunchy</h3>", "<h3>Related Stories</h3>").Replace("<h3>Warm From the Pan</h3>", "<h3>More From Pantry Notes</h3>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "greens.html");
        Assert.DoesNotContain("Spinach Slaw for a Picnic Basket", page.BodyParagraphs);
        Assert.DoesNotContain("A Greens Pie With a Flaky Crust", page.BodyParagraphs);
    }
}
