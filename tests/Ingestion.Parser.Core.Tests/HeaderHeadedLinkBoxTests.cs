using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeaderHeadedLinkBoxTests
{
    private static string Step(string text) => $"""
        <span><div class="mod step"><div class="stepContent mod"><div class="content"><span><p>{text}</p></span></div></div></div></span>
        """;

    private static ParsedPage Parse(string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>How to Host a Birthday Picnic on a Budget | Howdoo</title></head><body>
        <header class="page-head"><h1>How to Host a Birthday Picnic on a Budget</h1></header>
        <div class="col-main"><article data-type="article">
        {Step("Pick a park with free tables and shade, and go early on a weekday morning, when the best spots near the playground are still free.")}
        {Step("Ask each family to bring one dish, and write the list in a shared note so that nobody brings the fourth bowl of pasta salad.")}
        <div id="relatedUpper" class="RelatedContent Module fl">
        <header class=""><h3 class="head">{heading}</h3></header>
        <ul class="unstyled inline box">
        <li><a href="/how_1_cheap-party-games.html"><img src="/t1.jpg"></a><a class="title" href="/how_1_cheap-party-games.html">Cheap Party Games for Small Children</a></li>
        <li><a href="/how_2_picnic-menu.html"><img src="/t2.jpg"></a><a class="title" href="/how_2_picnic-menu.html">A Picnic Menu for Twenty Guests</a></li>
        </ul></div>
        {Step("Skip the printed invitations: a message to the class's parents' group reaches everyone and costs nothing, and replies come faster.")}
        </article></div></body></html>
        """), "howto.html");

    [Fact]
    public void A_box_of_other_guides_under_a_related_heading_in_a_header_leaves_the_text()
    {
        var page = Parse("Other People Are Reading");

        Assert.DoesNotContain("Cheap Party Games for Small Children", page.BodyParagraphs);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_heading_of_another_kind_is_no_related_box()
    {
        Assert.False(BoilerplateFilter.IsRelatedHeading("What You Will Need"));
        Assert.True(BoilerplateFilter.IsRelatedHeading("Other People Are Reading"));
    }
}
