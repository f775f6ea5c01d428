using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CaptionRepeatedWithCreditTests
{
    internal const string Page = """
        <html><head><title>Ferry timetable changes for the winter</title></head><body>
        <article><h1>Ferry timetable changes for the winter</h1>
        <aside class="embed" data-content-type="image"><div class="embed_media"><figure class="embed_imageContainer_figure"><img src="/img/ferry.jpg" alt="Ferry"></figure>
        <div class="embed_related" data-role="lightbox_metadata"> <span class="embed_related_title">Ferry</span> <div class="embed_related_credit">Jane Doe / AP</div>
        <div class="embed_related_caption"><p>The island ferry leaves the north pier on a grey morning in November.</p></div>
        <div class="embed_related_credit_and_caption"><p>The island ferry leaves the north pier on a grey morning in November.</p> (Jane Doe / AP)</div></div></div></aside>
        <div itemprop="articleBody">
        <p>The harbour board said on Monday that the winter timetable for the island ferries will start a week earlier than planned this year.</p>
        <p>Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void A_lightbox_box_repeating_the_caption_with_its_credit_gives_one_entry()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page), "ferry.html");

        Assert.Equal(["The island ferry leaves the north pier on a grey morning in November. (Jane Doe / AP)"], page.Captions);
    }

    [Fact]
    public void A_credit_box_of_its_own_words_is_read_after_the_caption()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page
            .Replace("<div class=\"embed_related_credit_and_caption\"><p>The island ferry leaves the north pier on a grey morning in November.</p> (Jane Doe / AP)</div>", "<div class=\"embed_related_credit\">Jane Doe / AP</div>", StringComparison.Ordinal)), "ferry.html");

        Assert.Equal(["The island ferry leaves the north pier on a grey morning in November. Jane Doe / AP"], page.Captions);
    }
}
