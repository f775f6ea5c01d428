using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A microdata keywords meta gives way to the tag list the page shows; keywords marked on shown items stay.</summary>
public class HiddenMicrodataKeywordsTests
{
    private const string Text =
        "<p>Quer durch Nordhessen soll eine neue Höchstspannungsleitung laufen, und in den Dörfern wächst der Widerstand gegen die Trasse.</p>"
        + "<p>Die Initiative hat ein eigenes Gutachten in Auftrag gegeben, das im Oktober vorliegen und im Verfahren eingereicht werden soll.</p>";

    private static ParsedPage Parse(string keywords, string tagRow) => PageParser.Parse(Encoding.UTF8.GetBytes(
        "<html><head><title>Stromtrasse</title></head><body><article itemscope itemtype=\"http://schema.org/Article\">" + keywords
        + "<h1 itemprop=\"headline\">Das Dorf gegen die Leitung</h1><div itemprop=\"articleBody\">" + Text + "</div>" + tagRow
        + "</article></body></html>"), "page.html");

    private const string ShownRow =
        "<div class=\"tags\"><span>Schlagworte</span> <ul><li><a href=\"/schlagworte/energiewende\">Energiewende</a></li><li><a href=\"/schlagworte/bundesnetzagentur\">Bundesnetzagentur</a></li></ul></div>";

    [Fact]
    public void A_shown_tag_list_outranks_the_keywords_meta_of_the_microdata_item()
    {
        var page = Parse("<meta itemprop=\"keywords\" content=\"Energiewende, Netzausbau\">", ShownRow);

        Assert.Equal(["Energiewende", "Bundesnetzagentur"], page.Tags);
    }

    [Fact]
    public void Without_a_shown_list_the_meta_gives_the_tags()
    {
        var page = Parse("<meta itemprop=\"keywords\" content=\"Energiewende, Netzausbau\">", "");

        Assert.Equal(["Energiewende", "Netzausbau"], page.Tags);
    }

    [Fact]
    public void Keywords_marked_on_shown_items_are_the_shown_list()
    {
        var page = Parse("", "<ul class=\"tags\"><li itemprop=\"keywords\"><a href=\"/tag/wind\">wind farm</a></li><li itemprop=\"keywords\"><a href=\"/tag/planning\">planning</a></li></ul>");

        Assert.Equal(["wind farm", "planning"], page.Tags);
    }
}
