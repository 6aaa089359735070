package org.constellation.call;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A season of events (e.g. September 2018 to August 2019); several calls may feed one season's programme. */
@Entity
public class Season {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    /** What the season is about, in one line: "Environnement et biodiversité, sciences de la Terre". */
    private String themeLine;

    protected Season() {}

    public Season(String slug, String title, LocalDate startsOn, LocalDate endsOn) {
        this.slug = slug;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getThemeLine() {
        return themeLine;
    }

    public void describe(String slug, String title, LocalDate startsOn, LocalDate endsOn, String themeLine) {
        this.slug = slug;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.themeLine = themeLine;
    }
}
