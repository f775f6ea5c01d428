using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>The photographer and the paper across a spaced slash, the paper's name without "The" (<c>CaptionDetector.IsSlashPaperCredit</c>).</summary>
public class CapitalsSlashPaperCreditTests
{
    [Theory]
    [InlineData("DENNIS AKANA / PACIFIC ISLE DAILY NEWS")]
    [InlineData("Tom Castellanos / The Cedar Valley Times")]
    [InlineData("Lena Marsh / Harbor Daily Record")]
    public void A_name_and_a_capitalised_paper_across_a_slash_is_a_credit(string line) => Assert.True(CaptionDetector.IsCreditOnly(line));

    [Theory]
    [InlineData("News / Local / Crime")]
    [InlineData("Lena Marsh / the paper she worked for")]
    public void A_breadcrumb_or_a_phrase_is_no_credit(string line) => Assert.False(CaptionDetector.IsCreditOnly(line));
}
