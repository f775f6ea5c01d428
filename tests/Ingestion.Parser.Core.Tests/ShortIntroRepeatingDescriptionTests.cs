using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ShortIntroRepeatingDescriptionTests
{
    private const string Summary = "Harbour board teases a new ferry for the spring.";

    private static ParsedPage Parse(string intro, string description = Summary) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The harbour board is launching a new ferry before the spring regatta | Quay Weekly</title>
        <meta value="Quay Weekly" name="og:site_name"><meta value="{{description}}" name="og:description">
        <meta value="2017-01-13T16:45:08-05:00" name="article:published_time"></head><body>
        <div class="node node-article"><section class="title-module"><h1 class="main-title">The harbour board is launching a new ferry before the spring regatta</h1>
        <p class="meta-data"><span class="meta-by">By <a class="author" href="/author/nora-quill">Nora Quill</a></span></p></section>
        <div class="article-body"><div class="field field-name-body"><div class="field-items"><div class="field-item even">{{intro}}
        <p>The harbour board is set to launch a new ferry on the east quay next month, ahead of the spring regatta and its crowds.</p>
        <p>The yearly regatta has become the usual moment for the board to show new boats, though most of them end up on the winter routes.</p>
        <p>The board holds its event at the old customs house on February 26, and it is unclear which of its two yards built the boat.</p>
        <p>We will have to wait and see; the regatta is only a short time away!</p>
        </div></div></div></div></div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_short_intro_the_description_repeats_is_the_standfirst()
    {
        var page = Parse($"<p class=\"intro\">{Summary}</p>");

        Assert.DoesNotContain(Summary, page.BodyParagraphs);
        Assert.Equal(4, page.BodyParagraphs.Count);
        Assert.StartsWith("The harbour board is set to launch", page.BodyParagraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_intro_of_other_words_than_the_description_stays()
    {
        const string other = "A new boat for the east quay, at last.";
        var page = Parse($"<p class=\"intro\">{other}</p>");

        Assert.Equal(other, page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_lead_paragraph_the_description_repeats_stays()
    {
        const string lead = "The harbour board surprised the quay on Friday by announcing a ferry that nobody had seen built, and named it after the old lighthouse keeper.";
        var page = Parse($"<p class=\"intro\">{lead}</p>", lead);

        Assert.Equal(lead, page.BodyParagraphs[0]);
    }
}
