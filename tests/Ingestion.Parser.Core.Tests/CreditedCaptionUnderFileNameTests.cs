using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A picture whose alt text is its file name, printed by w3m over a caption and its credit: the file name marks the
/// caption, which is then no headline; over a paragraph alone it marks nothing.
/// </summary>
public class CreditedCaptionUnderFileNameTests
{
    private static ParsedPage Parse(string underPicture) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        Startseite

        Harbour towns: The ferry crews who keep the island connected through the winter storms

        Von:
        Dana Whitcomb

        18. Okt 2023

        Schlagworte:

        Harbour, Ferry, Winter

        Harbour-Ferry.jpg

        {underPicture}

        The ferry crews of the north pier have kept the crossing open through four storms this autumn, the harbour board said on Tuesday, and they expect more before the spring.

        The board wants a second boat for the winter months, which the council has refused twice.
        """), "ferry.w3m.txt");

    [Fact]
    public void A_line_between_the_pictures_file_name_and_its_credit_is_the_caption_not_the_title()
    {
        var page = Parse("Ferry at the north pier (symbol picture)\n\nFoto: Dana Whitcomb via Harbour Archive (Free License)");

        Assert.Equal("Harbour towns: The ferry crews who keep the island connected through the winter storms", page.Title);
        Assert.Equal(["Dana Whitcomb"], page.Authors);
        Assert.Equal(["Harbour", "Ferry", "Winter"], page.Tags);
        Assert.Contains("Ferry at the north pier (symbol picture)", page.Captions);
    }

    [Fact]
    public void A_paragraph_under_a_file_name_without_a_credit_stays_text()
    {
        var page = Parse("The crews are paid by the hour and the board has promised them a bonus for the storm weeks, the union said.");

        Assert.DoesNotContain(page.Captions, caption => caption.StartsWith("The crews are paid", StringComparison.Ordinal));
        Assert.StartsWith("The crews are paid", page.BodyParagraphs[0]);
    }
}
