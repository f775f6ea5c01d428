using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CourtesyOfInSentenceTests
{
    [Theory]
    [InlineData("Looking ahead, the pilots say most of the delays last winter came about courtesy of storms and broken ramps.")]
    [InlineData("The harbour board says the new timetable, which starts in May, arrived late courtesy of lengthy disputes over the landing fees.")]
    public void A_paragraph_whose_courtesy_of_runs_on_between_lower_case_words_is_no_caption(string paragraph) =>
        Assert.Null(CaptionDetector.TryRead(paragraph));

    [Theory]
    [InlineData("The ferry Osprey at the old pier in 1922, courtesy of the Harbour Museum")]
    [InlineData("Tugs guide the new ferry into the harbour on Tuesday. Photo courtesy of our readers")]
    [InlineData("The pilot boat leaves the quay at dawn, courtesy of Dana Whitcomb")]
    [InlineData("The pilot boat leaves the quay at dawn. Image courtesy of island ferries")]
    public void A_lender_named_after_courtesy_of_still_makes_a_caption(string caption) => Assert.NotNull(CaptionDetector.TryRead(caption));

    [Theory]
    [InlineData("the delays came about courtesy of storms and broken ramps", 22)]
    [InlineData("the quay at dawn, courtesy of Dana Whitcomb", -1)]
    [InlineData("the quay at dawn courtesy of the harbour board", -1)]
    [InlineData("Photo courtesy of our readers", -1)]
    [InlineData("Courtesy of the Harbour Museum", -1)]
    public void The_phrase_counts_as_a_sentences_words_only_between_two_lower_case_words(string text, int expected) =>
        Assert.Equal(expected, CourtesyOfInSentence.IndexIn(text));
}
