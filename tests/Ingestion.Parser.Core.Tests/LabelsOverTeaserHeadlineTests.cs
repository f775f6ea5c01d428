using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A river of teasers under the story ("The Latest"), each card's group labels in a box of their own over the card's linked
/// headline: the labels are the other stories' kickers, never this page's tags (LabelsOverHeadline's teaser widening).
/// </summary>
public class LabelsOverTeaserHeadlineTests
{
    private const string Page = """
        <html><head><title>The harbour ferry adds a night run - Tideline</title></head><body>
        <div class="entry-hero">
        <div class="entry-group-labels"><ul>
        <li class="entry-group-labels__item"><a href="/transport"><span>Transport</span></a></li>
        <li class="entry-group-labels__item"><a href="/harbour"><span>Harbour</span></a></li></ul></div>
        <div class="entry-hero__header-wrap"><h1>The harbour ferry adds a night run</h1></div>
        <div class="byline">by <a href="/users/ines-varga">Ines Varga</a></div></div>
        <div class="entry-content">
        <p>The harbour ferry will run until one in the morning from next month, the port authority said on Monday, after a summer of full late boats.</p>
        <p>The night run costs the same as a day ticket, and the last boat waits ten minutes for the final train from the city.</p>
        </div>
        <section id="comments"><h4>Loading comments...</h4></section>
        <div class="river"><h2>The Latest</h2>
        <div class="river__entry"><div class="entry-box">
        <div class="entry-box__body">
        <div class="entry-box__group-list"><div class="entry-group-labels"><ul>
        <li class="entry-group-labels__item"><a href="/weather"><span>Weather</span></a></li>
        <li class="entry-group-labels__item"><a href="/coast"><span>Coast</span></a></li></ul></div></div>
        <h2 class="entry-box__title"><a href="/2017/1/12/storm-warning">Storm warning for the coast road tonight</a></h2>
        <div class="byline">by <a href="/users/otto-brand">Otto Brand</a></div>
        <p class="entry-box__blurb">Gusts may reach ninety kilometres an hour on the exposed stretch past the lighthouse.</p>
        </div></div></div>
        <div class="river__entry"><div class="entry-box">
        <div class="entry-box__body">
        <div class="entry-box__group-list"><div class="entry-group-labels"><ul>
        <li class="entry-group-labels__item"><a href="/schools"><span>Schools</span></a></li></ul></div></div>
        <h2 class="entry-box__title"><a href="/2017/1/12/school-roof">School roof repairs start in March</a></h2>
        </div></div></div>
        </div></body></html>
        """;

    [Fact]
    public void The_labels_over_the_teasers_headlines_are_no_tags()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Empty(page.Tags);
        Assert.Equal("The harbour ferry adds a night run", page.Title);
    }

    [Fact]
    public void A_labels_box_alone_in_the_post_footer_still_lists_its_tags_over_a_plain_heading()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page.Replace(
            "</div>\n<section id=\"comments\">",
            "<div class=\"post-footer\"><div class=\"post-labels\"><a href=\"/label/ferry\">Ferry</a> <a href=\"/label/night\">Night service</a></div></div>\n<h2>Comments</h2></div>\n<section id=\"comments\">",
            StringComparison.Ordinal)), "ferry.html");
        Assert.Contains("Ferry", page.Tags);
        Assert.Contains("Night service", page.Tags);
        Assert.DoesNotContain("Weather", page.Tags);
    }
}
