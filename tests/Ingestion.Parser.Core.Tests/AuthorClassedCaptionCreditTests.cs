using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AuthorClassedCaptionCreditTests
{
    private static ParsedPage Parse(string captionBox) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!doctype html><html><head><meta charset="utf-8"><title>Harbour board keeps the night ferry | Coast Bulletin</title>
        <meta property="og:site_name" content="Coast Bulletin"></head><body>
        <div class="story-media"><picture><img alt="A ferry at the island pier." src="/pictures/ferry.jpg"></picture></div>
        {{captionBox}}
        <main><h1>Harbour board keeps the night ferry</h1>
        <div class="field--name-field-text"><p>The harbour board voted on Monday to keep the night ferry running through the winter, after a debate that lasted until past ten.</p>
        <p>Skippers had asked for the change since the spring, when two late crossings were cancelled for want of a crew on the island side.</p>
        <p>The first winter timetable is due at the harbour office next week, and the fares stay as they are until March.</p></div>
        </main></body></html>
        """), "night-ferry.html");

    [Fact]
    public void A_credit_named_author_opening_the_caption_is_an_entry_of_its_own_before_it()
    {
        var page = Parse("""
            <div class="story-caption"><figure class="media"><div class="media__image"></div>
            <figcaption class="media__caption"><span class="author">© Harbour Post/Noel Brandt</span> <span class="caption">The night ferry is the island's only link after dark.</span></figcaption></figure></div>
            """);
        Assert.Equal(["© Harbour Post/Noel Brandt", "The night ferry is the island's only link after dark."], page.Captions);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_figcaption_read_alone_splits_the_same_way()
    {
        var page = Parse("""
            <figure class="media"><figcaption><span class="media-author">Noel Brandt</span><span class="media-text">The night ferry is the island's only link after dark.</span></figcaption></figure>
            """);
        Assert.Equal(["Noel Brandt", "The night ferry is the island's only link after dark."], page.Captions);
    }

    [Fact]
    public void An_author_named_after_the_caption_words_stays_their_tail()
    {
        var page = Parse("""
            <div class="story-caption"><figure class="media"><figcaption><span class="caption">The night ferry is the island's only link after dark.</span> <span class="author">© Harbour Post/Noel Brandt</span></figcaption></figure></div>
            """);
        Assert.Equal(["The night ferry is the island's only link after dark. © Harbour Post/Noel Brandt"], page.Captions);
    }

    [Fact]
    public void A_quotations_speaker_opening_its_figcaption_is_no_credit()
    {
        var page = Parse("""
            <figure class="quote"><blockquote><p>The pier will outlast us all.</p></blockquote>
            <figcaption><span class="author">Dana Ruiz</span>, harbour master since 2009</figcaption></figure>
            """);
        Assert.DoesNotContain("Dana Ruiz", page.Captions);
    }
}
