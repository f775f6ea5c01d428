using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AltTextEchoCaptionTests
{
    private const string Page = """
        <html><head><title>Night ferry turns back for a stranded passenger | Harbour Gazette</title></head><body>
        <main><section class="title-container"><h1>Night ferry turns back for a stranded passenger</h1>
        <h3 class="writer_name">By <a href="/writer/dana-ruiz">Dana Ruiz</a></h3></section>
        <section class="cover-wrapper">
            <img id="cover-main" src="https://x.test/ferry.jpg" alt="The night ferry at the town pier (Example/Lena Holt)">
        </section>
        <strong class="cover_desc">
            The night ferry at the town pier			<span>(Example/Lena Holt)</span>
        </strong>
        <div class="article-body">
        <p>The last ferry of the night turned back to the pier on Tuesday after a deckhand saw a passenger waving from the ramp.</p>
        <p>The captain said the crossing lost twenty minutes, and no one on board complained about the delay at all.</p>
        </div></main></body></html>
        """;

    private static ParsedPage Parse(string html) => PageParser.Parse(Encoding.UTF8.GetBytes(html), "ferry.html");

    [Fact]
    public void The_line_after_the_pictures_box_repeating_its_alt_text_is_its_caption()
    {
        var page = Parse(Page);
        Assert.Equal(["The night ferry at the town pier (Example/Lena Holt)"], page.Captions);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Lena Holt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_other_words_after_the_picture_is_no_caption()
    {
        var page = Parse(Page.Replace("alt=\"The night ferry at the town pier (Example/Lena Holt)\"", "alt=\"A ferry moored at a pier at night\""));
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_short_label_echoing_a_logos_alt_text_is_no_caption()
    {
        var html = Page.Replace("alt=\"The night ferry at the town pier (Example/Lena Holt)\"", "alt=\"Harbour Gazette\"")
            .Replace("The night ferry at the town pier			<span>(Example/Lena Holt)</span>", "Harbour Gazette");
        Assert.Empty(Parse(html).Captions);
    }

    [Fact]
    public void A_teasers_headline_linking_to_its_story_is_no_caption()
    {
        var html = Page.Replace("The night ferry at the town pier			<span>(Example/Lena Holt)</span>",
            "<a href=\"/2013/03/ferry-pier\">The night ferry at the town pier (Example/Lena Holt)</a>");
        Assert.Empty(Parse(html).Captions);
    }

    [Fact]
    public void A_linked_logos_name_under_it_is_no_caption()
    {
        var html = Page.Replace("<img id=\"cover-main\" src=\"https://x.test/ferry.jpg\" alt=\"The night ferry at the town pier (Example/Lena Holt)\">",
            "<a href=\"/\"><img src=\"https://x.test/logo.png\" alt=\"The Harbour Valley Gazette\"></a>")
            .Replace("The night ferry at the town pier			<span>(Example/Lena Holt)</span>", "The Harbour Valley Gazette");
        Assert.Empty(Parse(html).Captions);
    }
}
