using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AbbreviationBeforeNameTests
{
    [Theory]
    [InlineData("Sullivan's ankle 'fine,' will start vs.")]
    [InlineData("Pension plan wins backing from Gov.")]
    [InlineData("Clinic to open on Mt.")]
    public void A_shortened_word_before_a_name_ends_no_sentence(string text) => Assert.True(AbbreviationBeforeName.EndsWithOne(text));

    [Theory]
    [InlineData("The dam was finished in 1931.")]
    [InlineData("Workers repaired the levee on Tuesday.")]
    [InlineData("Sullivan will start vs")]
    public void A_sentences_full_stop_is_left_alone(string text) => Assert.False(AbbreviationBeforeName.EndsWithOne(text));

    [Theory]
    [InlineData("Sullivan's ankle 'fine,' will start vs. Eastern Plains")]
    [InlineData("Lake cleanup plan wins backing from Gov. Mark Dayton")]
    public void A_headline_ending_in_a_name_after_an_abbreviation_is_no_caption(string line) => Assert.Null(CaptionDetector.TryRead(line));

    [Fact]
    public void A_name_after_a_captions_last_sentence_is_still_its_credit() =>
        Assert.NotNull(CaptionDetector.TryRead("Protesters gather outside the zone the ordinance would allow. Rafael Quintero"));
}
