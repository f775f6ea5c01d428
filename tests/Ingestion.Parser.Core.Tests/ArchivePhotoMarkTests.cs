using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArchivePhotoMarkTests
{
    [Fact]
    public void A_line_opening_with_the_archive_pictures_FILE_mark_is_a_caption_naming_no_writer_and_no_day()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            Harbour News

            Ferry service resumes after storm damage repaired

               FILE - Passengers wait at the north pier for the first crossing of the morning in Port Alder, May 27, 2026   -
               Copyright 2026 The Associated Press. All rights reserved
               Last updated: 11 hours ago

               The ferry service between the two islands resumed on Monday after crews repaired the storm damage to the north pier.

               The operator said the timetable would return to normal by the end of the week, with extra sailings at the weekend.

               Passengers had waited nearly a month for the crossing to reopen, using a smaller boat from the southern harbour.
            """), "page.txt");

        Assert.Equal(["FILE - Passengers wait at the north pier for the first crossing of the morning in Port Alder, May 27, 2026"], page.Captions);
        Assert.Empty(page.Authors);
        Assert.Null(page.PublishedAt);
    }

    [Theory]
    [InlineData("FILE - Passengers wait at the north pier for the first crossing, May 27, 2026", true)]
    [InlineData("FILE – Crews repair the north pier after the storm", true)]
    [InlineData("FILE - Edit - View", false)]
    [InlineData("File - the council's own record of the meeting was never published", false)]
    public void Only_the_capitals_mark_over_a_captions_words_opens_an_archive_pictures_caption(string line, bool caption) =>
        Assert.Equal(caption, ArchivePhotoMark.Opens(line));
}
