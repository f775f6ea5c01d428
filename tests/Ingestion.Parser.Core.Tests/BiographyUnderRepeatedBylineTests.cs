using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BiographyUnderRepeatedBylineTests
{
    [Theory]
    [InlineData("Marisol has reviewed phones and tablets since the first iPad, and still keeps it in a drawer.", 2)]
    [InlineData("Marisol Quennell, the company says, will not be reviewing the next model at all.", 3)]
    [InlineData("Marisol has reviewed phones and tablets since the first iPad, and still keeps it in a drawer", 3)]
    public void The_biography_under_the_byline_printed_again_is_no_text(string closing, int paragraphs)
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes($"""
            Tablet review: A slate that finally keeps up with laptops

            By Marisol Quennell
            14.02.19 in Gadgetry

            The new tablet is the fastest one the company has made. It runs three apps side by side and lasts a full day on one charge.

            It costs more than last year's model, and the keyboard is still sold apart, though the stand folds flat.

            In this article: tablets, review
               [crop?thumbnail=100%2C100&amp;quality=80]
               By Marisol Quennell @mquennell
               {closing}
            """), "slate.txt");

        Assert.Equal(paragraphs, page.BodyParagraphs.Count);
        Assert.Equal(["tablets", "review"], page.Tags);
    }
}
