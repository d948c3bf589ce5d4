package dev.crm.auth.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, UUID> {

    @Query("select u from User u where lower(u.email) = lower(:email) and u.status = dev.crm.auth.users.User.Status.ACTIVE")
    Optional<User> findActiveByEmail(String email);

    List<User> findByStatusOrderByIdAsc(User.Status status, Limit limit);

    List<User> findByStatusAndIdGreaterThanOrderByIdAsc(User.Status status, UUID after, Limit limit);

    @Query("select count(u) from User u where u.role = dev.crm.common.security.Role.ADMIN and u.status = dev.crm.auth.users.User.Status.ACTIVE")
    long countActiveAdmins();
}
