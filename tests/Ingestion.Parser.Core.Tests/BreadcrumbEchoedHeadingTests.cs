using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BreadcrumbEchoedHeadingTests
{
    private const string Text =
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren, weil Gutachter Risse in den Pfeilern fanden.\n"
        + "Die Sperrung gilt ab Montag, Fußgänger dürfen die Brücke noch bis Ende des Monats nutzen, sagte die Bürgermeisterin.\n";

    private static ParsedPage Parse(string page) => PageParser.Parse(Encoding.UTF8.GetBytes(page), "page_w3m.txt");

    [Fact]
    public void The_short_headline_the_breadcrumb_ends_with_is_the_title_not_the_menus_first_line()
    {
        var page = Parse("Mein Blatt\n\n  • Politik\n  • Wirtschaft\n  • Kultur\n\nAbbrechen\n\n  • Nachrichten\n  • Das Blatt\n  • Brücke gesperrt\n\n12.03.2019\n\nBrücke gesperrt\n\n" + Text);

        Assert.Equal("Brücke gesperrt", page.Title);
    }

    [Fact]
    public void Without_the_breadcrumb_the_short_line_is_no_echoed_heading()
    {
        var lines = new PageLines(TextLine.Split("Mein Blatt\n\n  • Politik\n  • Kultur\n\nBrücke gesperrt\n\n" + Text));

        Assert.Equal(-1, BreadcrumbEchoedHeading.Over(lines, 7, _ => true));
    }
}
