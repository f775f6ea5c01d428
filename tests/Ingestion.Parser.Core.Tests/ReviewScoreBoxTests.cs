using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReviewScoreBoxTests
{
    private const string Review = """
        Tablet review: A slate that finally keeps up with laptops

        By Marisol Quennell
        14.02.19 in Gadgetry

        The new tablet is the fastest one the company has made. It runs three apps side by side and lasts a full day on one charge, which no earlier model did.

        Gadgetorium Score

        Poor
        Uninspiring
        Good
        Excellent

        Acme
        Slate 12
        from $499.00
        Buy Now
        84

        Design

        It costs more than last year's model, and the keyboard is still sold apart, though the stand folds flat.
        """;

    [Fact]
    public void The_score_box_between_the_texts_paragraphs_is_no_text()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Review), "slate.txt");

        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.Equal("Design", page.BodyParagraphs[1]);
    }

    [Theory]
    [InlineData("Our Score\n\nGood\nBuy Now\n87", 4, true)]
    [InlineData("Gadgetorium Score\n\nGood\n\nAcme\nfrom $499.00", 5, true)]
    [InlineData("Gadgetorium Score\n\nGood", 0, true)]
    [InlineData("The final score was close.\n\nGood", 2, false)]
    [InlineData("Gadgetorium Score\n\nThe tablet earns its price, with a screen as good as any laptop's.", 0, false)]
    [InlineData("Gadgetorium Score\n\nThe tablet earns its price.\nDesign", 3, false)]
    [InlineData("Gadgetorium Score\n\nGood\n84\n\nDesign", 5, false)]
    public void A_short_line_belongs_to_the_box_under_a_score_heading(string text, int index, bool inBox)
    {
        var lines = new PageLines(TextLine.Split(text));

        Assert.Equal(inBox, ReviewScoreBox.Is(lines, index));
    }
}
