package org.constellation.coordination;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A view of the case list a member of the team named and kept: its query, as the page's address carries it. */
@Entity
class SavedView {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String owner;
  private String name;
  private String query;

  protected SavedView() {}

  SavedView(String owner, String name, String query) {
    this.owner = owner;
    this.name = name;
    this.query = query;
  }

  public Long getId() { return id; }
  public String getOwner() { return owner; }
  public String getName() { return name; }
  public String getQuery() { return query; }
}
