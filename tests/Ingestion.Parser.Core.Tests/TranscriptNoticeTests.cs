using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TranscriptNoticeTests
{
    [Theory]
    [InlineData("THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.")]
    [InlineData("Copyright 2013 Cascade Public Radio. This transcript is provided for personal, noncommercial use only and may not be reproduced. The audio version of this story is the authoritative record.")]
    [InlineData("Copyright © 2013 WKPR. For personal, noncommercial use only. See Terms of Use. For other uses, prior permission required.")]
    public void A_stations_rights_or_transcript_notice_is_recognised(string line) => Assert.True(TranscriptNotice.Is(line));

    [Theory]
    [InlineData("The museum says the scanned maps are for personal, noncommercial use only, and it will ask sites that sell prints to take them down.")]
    [InlineData("Halvorsen says the transcript of the board meeting shows no vote was taken.")]
    public void Prose_naming_such_terms_is_no_notice(string line) => Assert.False(TranscriptNotice.Is(line));
}
