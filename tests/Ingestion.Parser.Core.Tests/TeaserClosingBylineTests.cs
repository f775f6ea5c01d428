using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TeaserClosingBylineTests
{
    private const string Teaser =
        "Die Außenminister der USA und Russlands verhandeln in New York über die Uno-Resolution zu Syriens Chemiewaffen. "
        + "Strittig ist vor allem, was passiert, wenn Assad nicht liefert.";

    [Theory]
    [InlineData(Teaser + " Von Katrin Ostermann, New York", new[] { "Katrin Ostermann" })]
    [InlineData(Teaser + " Von Katrin Ostermann und Jan Weber", new[] { "Katrin Ostermann", "Jan Weber" })]
    public void A_teaser_signed_at_its_end_names_the_writers(string line, string[] writers) =>
        Assert.Equal(writers, TeaserClosingByline.Names(line));

    [Theory]
    // A paragraph that ends its sentence.
    [InlineData(Teaser)]
    // The last words after the stop are no byline.
    [InlineData(Teaser + " Mehr dazu im Liveblog")]
    // A short line is no teaser.
    [InlineData("Kurz und knapp. Von Katrin Ostermann")]
    public void Other_paragraphs_name_nobody(string line) => Assert.Null(TeaserClosingByline.Names(line));

    [Fact]
    public void The_signed_teaser_is_no_text_and_gives_the_writer()
    {
        const string page = "   Startseite > Politik > Ausland\n\nKerry und Lawrow ringen um jedes Wort\n\n   Mittwoch, 25.09.2013 – 19:42 Uhr\n\n   "
            + Teaser + " Von Katrin Ostermann, New York\n\n"
            + "   Am Rande der Uno-Generalversammlung sind John Kerry und Sergej Lawrow am Mittwochabend zum dritten Mal binnen 48 Stunden zusammengekommen.\n\n"
            + "   Im Kern geht es um einen einzigen Absatz. Washington, London und Paris wollen in der Resolution festschreiben, was passiert.\n";
        var split = JsonDocument.Parse(LabelledPages.SplitAsJson(page, "page.txt")).RootElement;
        Assert.Equal("Kerry und Lawrow ringen um jedes Wort", split.GetProperty("title").GetString());
        Assert.Equal(["Katrin Ostermann"], split.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.StartsWith("Am Rande", split.GetProperty("body_paragraphs")[0].GetString());
    }
}
