using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BylineBioSentencesTests
{
    private const string Byline = "By Dana Whitcomb, a deputy editor and author of the Harbour Notes newsletter. She has covered the port for over a decade at The Gazette and more.";

    [Theory]
    [InlineData(Byline, "By Dana Whitcomb, a deputy editor and author of the Harbour Notes newsletter.")]
    [InlineData("By Dana Whitcomb, a deputy editor", "By Dana Whitcomb, a deputy editor")]
    [InlineData("By the time the ferry docked, the crowd had gone home. Nobody waited.", "By the time the ferry docked, the crowd had gone home. Nobody waited.")]
    [InlineData("Dana Whitcomb, a deputy editor. She has covered the port.", "Dana Whitcomb, a deputy editor. She has covered the port.")]
    public void A_bylines_appositive_sentence_ends_it_and_the_bio_after_goes(string line, string byline) =>
        Assert.Equal(byline, BylineBioSentences.Without(line));

    [Fact]
    public void The_byline_box_with_its_bio_names_the_writer_and_gives_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(
            "Harbour strike ends as dockers and the port agree to a new shift rota\n\n" + Byline + "\nJun 7, 2023, 8:54 PM UTC\n\n"
            + "Dockers and the port authority have agreed to talks on Thursday, the mayor said on Wednesday, after three days of a strike that has left forty ships waiting at anchor.\n\n"
            + "The union wants the new shift rota withdrawn before it returns to work, and the port says it will discuss the rota but not withdraw it.\n"), "page.txt");

        Assert.Equal(["Dana Whitcomb"], page.Authors);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.StartsWith("Dockers and the port authority", page.BodyParagraphs[0], StringComparison.Ordinal);
    }
}
