using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CiteLineOpeningCaptionTests
{
    private static ParsedPage Parse(string figcaption) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <!doctype html><html><head><meta charset="utf-8"><title>Night ferry stays for the winter</title></head><body>
        <article><h1>Night ferry stays for the winter</h1>
        <figure class="c-story-image"><img alt="The night ferry at the island pier." src="/pictures/ferry.jpg">{{figcaption}}</figure>
        <div class="c-story-body"><p>The harbour board voted on Monday to keep the night ferry running through the winter, after a debate that lasted until past ten.</p>
        <p>Skippers had asked for the change since the spring, when two late crossings were cancelled for want of a crew on the island side.</p>
        <p>The first winter timetable is due at the harbour office next week, and the fares stay as they are until March.</p></div>
        </article></body></html>
        """), "night-ferry.html");

    [Fact]
    public void A_caption_box_opening_on_a_line_of_only_a_cite_gives_the_credit_before_the_caption()
    {
        var page = Parse("""
            <figcaption class="c-caption"><div class="c-caption__top-line"><span class="c-caption__icon"></span><cite class="c-caption__producer">Noel Brandt/Harbour Post</cite></div><div class="c-caption__caption">The night ferry at the island pier.</div></figcaption>
            """);
        Assert.Equal(["Noel Brandt/Harbour Post", "The night ferry at the island pier."], page.Captions);
    }

    [Fact]
    public void A_cite_after_the_caption_words_stays_their_tail()
    {
        var page = Parse("""
            <figcaption class="c-caption"><div class="c-caption__caption">The night ferry at the island pier.</div><div class="c-caption__bottom-line"><cite>Noel Brandt/Harbour Post</cite></div></figcaption>
            """);
        Assert.Single(page.Captions);
    }

    [Fact]
    public void A_first_line_with_words_beside_its_cite_is_the_caption_itself()
    {
        var page = Parse("""
            <figcaption class="c-caption"><div class="c-caption__top-line">Skippers reading <cite>The Winter Timetable</cite></div><div class="c-caption__caption">at the island pier.</div></figcaption>
            """);
        Assert.Single(page.Captions);
    }
}
