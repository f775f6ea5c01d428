using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DropCapLetterTests
{
    private static ParsedPage Parse(string firstParagraph) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The New Ferry Terminal - Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <article><h1>The New Ferry Terminal</h1>
        <p class="byline">By Marta Olsen</p>
        <div class="story-body">
        <p class="story-p">{{firstParagraph}}</p>
        <p class="story-p">Its glass hall can seat six hundred passengers, and the island crossings will leave from its three new berths from next week.</p>
        </div></article></body></html>
        """), "terminal.html");

    [Fact]
    public void A_drop_cap_letter_set_apart_by_a_space_joins_its_word()
    {
        var page = Parse("""<span class="g-drop">T</span> <span class="g-upper">he harbour's</span> new ferry terminal opens on Saturday after four years of building on the old coal wharf.""");
        Assert.Equal("The harbour's new ferry terminal opens on Saturday after four years of building on the old coal wharf.", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_drop_cap_without_a_space_reads_as_before()
    {
        var page = Parse("""<span class="dropcap">T</span>he harbour's new ferry terminal opens on Saturday after four years of building on the old coal wharf.""");
        Assert.Equal("The harbour's new ferry terminal opens on Saturday after four years of building on the old coal wharf.", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_one_letter_word_in_a_drop_cap_keeps_its_space()
    {
        var page = Parse("""<span class="drop-cap">A</span> new ferry terminal opens on Saturday after four years of building on the old coal wharf at the river mouth.""");
        Assert.Equal("A new ferry terminal opens on Saturday after four years of building on the old coal wharf at the river mouth.", page.BodyParagraphs[0]);
    }

    [Fact]
    public void A_letter_in_a_span_of_another_class_keeps_its_space()
    {
        var page = Parse("""<span class="grade">B</span> <span>grade</span> steel was used for the new ferry terminal that opens on Saturday after four years of building.""");
        Assert.Equal("B grade steel was used for the new ferry terminal that opens on Saturday after four years of building.", page.BodyParagraphs[0]);
    }
}
